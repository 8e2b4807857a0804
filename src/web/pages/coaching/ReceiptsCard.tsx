// The seeker's dated receipts: every grant, change and revoke, with its scopes, purpose and
// whom, kept even after the grant ends.
import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useReceipts } from "../../api/coaching";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { formatDate, scopeList, sentenceStart } from "../../lib/coachingWords";
import { formatInstant } from "../../lib/dates";

const CHANGE_WORDS = { granted: "Granted", changed: "Changed", revoked: "Revoked" } as const;
const CHANGE_COLORS = { granted: "teal", changed: "blue", revoked: "gray" } as const;

export function ReceiptsCard() {
  const receipts = useReceipts();
  return (
    <SectionCard
      id="receipts"
      title="Receipts"
      count={receipts.data?.length}
      description="A dated record of everything you granted, changed or revoked."
    >
      {receipts.isError && <ErrorState error={receipts.error} retry={() => receipts.refetch()} />}
      {receipts.isPending && <LoadingRows rows={2} />}
      {receipts.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          You have not granted anything yet.
        </Text>
      )}
      <Stack gap="xs">
        {receipts.data?.map((r) => (
          <Paper key={r.id} withBorder radius="md" p="xs" data-testid="receipt">
            <Group gap={6} mb={2}>
              <Badge size="sm" variant="light" color={CHANGE_COLORS[r.change]} tt="none">
                {CHANGE_WORDS[r.change]}
              </Badge>
              <Text size="xs" c="dimmed">
                {formatInstant(r.at)}
              </Text>
            </Group>
            <Text size="sm">
              {sentenceStart(r.whom)}: {scopeList(r.scopes)}
              {r.change === "revoked" ? "" : `, until ${formatDate(r.expiresAt)}`}.
            </Text>
            <Text size="xs" c="dimmed">
              Purpose: {r.purpose}
            </Text>
          </Paper>
        ))}
      </Stack>
    </SectionCard>
  );
}
