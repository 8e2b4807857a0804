// The numbers every import is judged by. Each row of the file is counted once, in one of
// them; the preview says what would happen and the summary what did.
import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { ImportCounts as Counts } from "../../api/transfer";

interface Tile {
  key: keyof Counts;
  /** Label and hint for the preview (what would happen) and for the summary (what did). */
  before: [label: string, hint: string];
  after: [label: string, hint: string];
}

const TILES: Tile[] = [
  {
    key: "new",
    before: ["New", "people not in Inroads yet"],
    after: ["Added", "people new to Inroads"],
  },
  {
    key: "updated",
    before: ["Updated", "known people gaining details"],
    after: ["Updated", "known people who gained details"],
  },
  {
    key: "duplicate",
    before: ["Already here", "nothing new in them"],
    after: ["Already here", "left as they were"],
  },
  {
    key: "skipped",
    before: ["Skipped", "rows that cannot be used"],
    after: ["Skipped", "rows that could not be used"],
  },
  {
    key: "organizations",
    before: ["Organizations", "entries naming no person"],
    after: ["Organizations", "entries kept as organizations"],
  },
];

export function ImportCounts({ counts, done }: { counts: Counts; done: boolean }) {
  // A shop or a front desk is rare in a contact file; its tile shows only when there is one.
  const tiles = TILES.filter((tile) => tile.key !== "organizations" || counts.organizations > 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: tiles.length }} spacing="sm" data-testid="import-counts">
      {tiles.map((tile) => {
        const [label, hint] = done ? tile.after : tile.before;
        return (
          <Paper key={tile.key} withBorder radius="md" p="sm" data-count={tile.key}>
            <Text size="xl" fw={700} lh={1.2}>
              {counts[tile.key].toLocaleString("en")}
            </Text>
            <Text size="sm" fw={600}>
              {label}
            </Text>
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
