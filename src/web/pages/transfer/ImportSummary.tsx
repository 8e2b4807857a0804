// The end of an import: what landed, what was left out, and where to go next.
import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "wouter";
import type { ImportResult } from "../../api/transfer";
import { Icon } from "../../components/icons";
import { ImportCounts } from "./ImportCounts";
import { SkippedRows } from "./SkippedRows";
import { useFocusOnMount } from "./useFocusOnMount";

function landedText(result: ImportResult): string {
  const { counts } = result;
  const landed = counts.new + counts.updated;
  if (result.format === "backup") {
    return `The backup is back in place: ${counts.new.toLocaleString("en")} people and everything that goes with them.`;
  }
  if (landed === 0 && counts.organizations > 0) {
    const n = counts.organizations;
    return `${n.toLocaleString("en")} organization ${n === 1 ? "entry was" : "entries were"} read into Organizations; the file named no people.`;
  }
  if (landed === 0) return "Nothing changed: everyone in the file was already here.";
  const people = `${landed.toLocaleString("en")} ${landed === 1 ? "person" : "people"}`;
  const organizations =
    result.organizationsCreated > 0
      ? `, and ${result.organizationsCreated.toLocaleString("en")} new organization${result.organizationsCreated === 1 ? "" : "s"}`
      : "";
  return `${people} landed in Inroads${organizations}.`;
}

export function ImportSummary({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const backup = result.format === "backup";
  return (
    <Stack gap="sm" data-testid="import-summary">
      <Stack gap={2}>
        <Title order={3} size="h5" ref={heading} tabIndex={-1} className="focus-target">
          {backup ? "Backup restored" : "Import finished"}
        </Title>
        <Text size="sm">{landedText(result)}</Text>
      </Stack>
      {!backup && <ImportCounts counts={result.counts} done />}
      <SkippedRows rows={result.skipped} done />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onAgain}>
          Import another file
        </Button>
        <Button
          component={Link}
          href={backup ? "/" : "/people"}
          rightSection={<Icon name="arrowRight" size={16} />}
        >
          {backup ? "Go to Today" : "See them on People"}
        </Button>
      </Group>
    </Stack>
  );
}
