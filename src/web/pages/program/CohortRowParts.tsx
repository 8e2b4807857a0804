// The parts of one seeker's row that the table and the phone's cards share: what they share,
// and which attention flags are up, in words.
import { Badge, Group, Text } from "@mantine/core";
import type { CohortRow } from "../../api/centers";
import { attentionWords, SCOPE_WORDS } from "../../lib/coachingWords";

export function SharingBadges({ row }: { row: CohortRow }) {
  if (row.scopes.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        Shares nothing yet
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {row.scopes.map((scope) => (
        <Badge key={scope} size="xs" variant="light" color="teal" tt="none">
          {SCOPE_WORDS[scope].label}
        </Badge>
      ))}
    </Group>
  );
}

export function AttentionFlags({ row }: { row: CohortRow }) {
  if (row.flags.length > 0) {
    return (
      <Group gap={4}>
        {row.flags.map((flag) => (
          <Badge key={flag} size="sm" variant="light" color="orange" tt="none">
            {attentionWords(flag)}
          </Badge>
        ))}
      </Group>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {row.checkableFlags.length === 0 ? "Cannot tell: not shared" : "Nothing to flag"}
    </Text>
  );
}

/** A value the seeker does not share, said so instead of a misleading zero. */
export function Fact({ value }: { value: string | null }) {
  return value === null ? (
    <Text span size="xs" c="dimmed">
      not shared
    </Text>
  ) : (
    <Text span size="sm">
      {value}
    </Text>
  );
}
