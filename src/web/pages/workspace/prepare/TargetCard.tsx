// Which target this conversation serves, changeable here, with the seeker's short answers to
// "why this field?" and "why this company?" to rehearse before the talk.
import { Anchor, Select, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { conversationsApi, stepTaken } from "../../../api/conversations";
import { roots } from "../../../api/keys";
import { useAll } from "../../../api/resource";
import { targetsApi } from "../../../api/targets";
import type { Conversation, Target } from "../../../api/types";
import { useAction } from "../../../hooks/useAction";

function Answer({
  question,
  answer,
  targetId,
}: {
  question: string;
  answer: string;
  targetId: string;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {question}
      </Text>
      {answer ? (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {answer}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Not answered yet.{" "}
          <Anchor component={Link} href={`/targets/${targetId}`} size="sm">
            Write it on the target
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

export function TargetCard({
  conversation,
  target,
}: {
  conversation: Conversation;
  target: Target | null;
}) {
  const active = useAll(targetsApi, { active: true });
  const options = [...(active.data ?? [])];
  if (target && !options.some((t) => t.id === target.id)) options.push(target);
  const change = useAction(
    (targetId: string | null) => conversationsApi.update(conversation.id, { targetId }),
    {
      success: "The conversation now serves that target.",
      // The pitch, coverage and Today's gaps follow the target.
      stale: [...stepTaken, roots.targets],
    },
  );
  return (
    <Stack gap="sm">
      <Select
        label="This conversation serves"
        data={options.map((t) => ({ value: t.id, label: t.role }))}
        value={conversation.targetId}
        onChange={(v) => v !== conversation.targetId && change.mutate(v)}
        clearable
        placeholder="No target"
        disabled={change.isPending}
      />
      {target && (
        <>
          <Answer question="Why this field?" answer={target.whyField} targetId={target.id} />
          <Answer question="Why this company?" answer={target.whyCompany} targetId={target.id} />
        </>
      )}
    </Stack>
  );
}
