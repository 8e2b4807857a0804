// Everything out again, as files other programs read: the full backup, people for a spreadsheet
// or an address book, and the calendar as a one-off file. Plain links: the server names the file.
import { Button, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { type ExportKind, exportHref } from "../../api/transfer";
import { Icon } from "../../components/icons";
import { SectionCard } from "../../components/SectionCard";

interface ExportFile {
  kind: ExportKind;
  version?: "3.0" | "4.0";
  label: string;
}

const EXPORTS: { what: string; files: ExportFile[] }[] = [
  {
    what: "Everything you have entered, to restore into an empty Inroads later.",
    files: [{ kind: "json", label: "Backup (JSON)" }],
  },
  {
    what: "One row per person, for a spreadsheet. Opens as UTF-8 in Excel.",
    files: [{ kind: "csv", label: "People (CSV)" }],
  },
  {
    what: "People for address books and phones; 3.0 for older programs that do not read 4.0.",
    files: [
      { kind: "vcard", version: "4.0", label: "People (vCard 4.0)" },
      { kind: "vcard", version: "3.0", label: "People (vCard 3.0)" },
    ],
  },
  {
    what: "Conversations with a time, and open follow-ups on their days, as a one-off file.",
    files: [{ kind: "ics", label: "Calendar (iCalendar)" }],
  },
];

export function ExportCard() {
  return (
    <SectionCard
      id="export"
      title="Export"
      description="Download what you have in Inroads. The files are made fresh each time."
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {EXPORTS.map((group) => (
          <Paper key={group.what} withBorder radius="md" p="sm">
            <Stack gap={6} h="100%" justify="space-between">
              <Text size="sm" c="dimmed">
                {group.what}
              </Text>
              <Stack gap={6}>
                {group.files.map((file) => (
                  <Button
                    key={file.label}
                    component="a"
                    href={exportHref(file.kind, file.version)}
                    download
                    variant="light"
                    leftSection={<Icon name="download" size={16} />}
                    justify="flex-start"
                  >
                    {file.label}
                  </Button>
                ))}
              </Stack>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </SectionCard>
  );
}
