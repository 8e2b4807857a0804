// The rows an import leaves out, grouped by reason with their line numbers, so a file with many
// blank rows reads as one line rather than hundreds.
import { List, Stack, Text } from "@mantine/core";
import type { SkippedRow } from "../../api/transfer";

const LINES_SHOWN = 12;

function byReason(rows: readonly SkippedRow[]): { reason: string; lines: number[] }[] {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const lines = groups.get(row.reason) ?? [];
    lines.push(row.line);
    groups.set(row.reason, lines);
  }
  return [...groups].map(([reason, lines]) => ({ reason, lines }));
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, LINES_SHOWN).join(", ");
  const more = lines.length - LINES_SHOWN;
  const word = lines.length === 1 ? "line" : "lines";
  return more > 0 ? `${word} ${shown} and ${more.toLocaleString("en")} more` : `${word} ${shown}`;
}

export function SkippedRows({ rows, done }: { rows: readonly SkippedRow[]; done: boolean }) {
  if (rows.length === 0) return null;
  return (
    <Stack gap={4} data-testid="skipped-rows">
      <Text size="sm" fw={600}>
        {done ? "Rows left out" : "Rows that will be left out"}
      </Text>
      <List size="sm" spacing={2}>
        {byReason(rows).map((group) => (
          <List.Item key={group.reason}>
            <Text span size="sm" fw={600}>
              {lineList(group.lines)}
            </Text>
            <Text span size="sm">
              : {group.reason}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
