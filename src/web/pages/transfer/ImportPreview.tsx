// What importing the file would do, before anything is written: the counts, the first rows,
// the rows left out and why, and the button that does it.
import { Button, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { ImportResult } from "../../api/transfer";
import { Icon } from "../../components/icons";
import { IMPORT_FORMAT_LABEL } from "../../lib/labels";
import { ImportCounts } from "./ImportCounts";
import { SampleRows } from "./SampleRows";
import { SkippedRows } from "./SkippedRows";
import { useFocusOnMount } from "./useFocusOnMount";

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** A backup's kinds of rows (the API's plural names), as "1 follow-up" or "10 follow-ups". */
const BACKUP_KINDS: Record<string, [one: string, many: string]> = {
  industries: ["industry", "industries"],
  organizations: ["organization", "organizations"],
  targets: ["target", "targets"],
  people: ["person", "people"],
  conversations: ["conversation", "conversations"],
  attempts: ["attempt", "attempts"],
  questions: ["question of your own", "questions of your own"],
  "conversation-questions": ["picked question", "picked questions"],
  referrals: ["referral", "referrals"],
  insights: ["insight", "insights"],
  "glossary-terms": ["glossary term", "glossary terms"],
  pitches: ["pitch", "pitches"],
  "follow-ups": ["follow-up", "follow-ups"],
  touchpoints: ["touchpoint", "touchpoints"],
  leads: ["lead", "leads"],
};

function backupKind(kind: string, n: number): string {
  const [one, many] = BACKUP_KINDS[kind] ?? [kind, kind];
  return plural(n, one, many);
}

function BackupContents({ tables }: { tables: Record<string, number> }) {
  const kinds = Object.entries(tables).filter(([, n]) => n > 0);
  return (
    <Stack gap={4}>
      <Text size="sm">
        Restoring puts back everything in the backup with the same ids. It works only in an empty
        database; nothing is merged.
      </Text>
      {kinds.length > 0 && (
        <List size="sm" spacing={0} style={{ columns: "3 180px" }}>
          {kinds.map(([kind, n]) => (
            <List.Item key={kind}>{backupKind(kind, n)}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export function ImportPreview({
  result,
  onImport,
  footer,
}: {
  result: ImportResult;
  onImport: () => void;
  /** Shown instead of the import button, e.g. the progress while the import runs. */
  footer?: ReactNode;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { counts } = result;
  const landing = counts.new + counts.updated;
  // A file of shops and front desks alone still has something to import.
  const organizationsOnly = landing === 0 && counts.organizations > 0;
  const backup = result.format === "backup";
  return (
    <Stack gap="sm" data-testid="import-preview">
      <Stack gap={2}>
        <Title order={3} size="h5" ref={heading} tabIndex={-1} className="focus-target">
          {backup ? "What the backup holds" : "What importing would do"}
        </Title>
        <Text size="sm" c="dimmed">
          Read as {IMPORT_FORMAT_LABEL[result.format]}. Nothing has changed yet.
        </Text>
      </Stack>
      {backup && result.tables ? (
        <BackupContents tables={result.tables} />
      ) : (
        <>
          <ImportCounts counts={counts} done={false} />
          {result.organizationsCreated > 0 && (
            <Text size="sm">
              {plural(result.organizationsCreated, "organization", "organizations")} not in Inroads
              yet would be added, named as in the file.
            </Text>
          )}
          <SampleRows rows={result.sample} />
          <SkippedRows rows={result.skipped} done={false} />
        </>
      )}
      {footer ?? (
        <Group justify="flex-end" gap="sm">
          {!backup && landing === 0 && !organizationsOnly ? (
            <Text size="sm" c="dimmed" role="status">
              Nothing in this file is new to Inroads: there is nothing to import.
            </Text>
          ) : (
            <Button onClick={onImport} leftSection={<Icon name="check" size={16} />}>
              {backup
                ? "Restore this backup"
                : organizationsOnly
                  ? `Import ${plural(counts.organizations, "organization", "organizations")}`
                  : `Import ${plural(landing, "person", "people")}`}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
