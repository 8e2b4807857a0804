import { Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { ConversationStatus } from "../../../domain/vocabulary.js";
import { conversationsApi } from "../../api/conversations";
import { useList } from "../../api/resource";
import { LoadingRows } from "../PageStates";
import { ConversationRow } from "./ConversationRow";

/** Conversations in one status, a page at a time. */
export function ConversationList({
  status,
  empty,
  timeZone,
}: {
  status: ConversationStatus;
  empty: string;
  timeZone?: string;
}) {
  const [limit, setLimit] = useState(20);
  const list = useList(conversationsApi, { status, limit });
  if (!list.data) return <LoadingRows rows={2} />;
  if (list.data.total === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {list.data.items.map((c) => (
        <ConversationRow key={c.id} conversation={c} timeZone={timeZone} />
      ))}
      {list.data.total > list.data.items.length && (
        <Button variant="subtle" onClick={() => setLimit((n) => n + 40)}>
          Show more ({list.data.total - list.data.items.length} left)
        </Button>
      )}
    </Stack>
  );
}
