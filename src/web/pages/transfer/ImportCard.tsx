// The import, start to end, in one card: the file, its format, the progress, the column mapping
// a strange CSV needs, the preview, and the summary — or the error, which changed nothing.
import { Group, List, Stack } from "@mantine/core";
import { SectionCard } from "../../components/SectionCard";
import { ColumnMapping } from "./ColumnMapping";
import { FileDrop } from "./FileDrop";
import { FormatPicker } from "./FormatPicker";
import { ImportFailed } from "./ImportFailed";
import { ImportPreview } from "./ImportPreview";
import { ImportProgress } from "./ImportProgress";
import { ImportSummary } from "./ImportSummary";
import { ReadingPicker } from "./ReadingPicker";
import { useImport } from "./useImport";

function WhereFilesComeFrom() {
  return (
    <List size="sm" c="dimmed" spacing={2}>
      <List.Item>
        <b>LinkedIn:</b> Settings, Data privacy, "Get a copy of your data", Connections. The file
        comes by email and holds Connections.csv.
      </List.Item>
      <List.Item>
        <b>Google Contacts:</b> Export, as Google CSV or vCard.
      </List.Item>
      <List.Item>
        <b>Outlook or Apple Contacts:</b> export the contacts as CSV or vCard.
      </List.Item>
    </List>
  );
}

export function ImportCard() {
  const flow = useImport();
  const { stage, preview } = flow;
  const importing = stage.step === "busy" && stage.task === "import";
  const done = stage.step === "done";
  const csv = preview?.csv;
  const showMapping = csv !== undefined && (csv.needsMapping || flow.mapping !== null) && !done;
  // While the import runs, the preview stays where it was and the bar takes the button's place,
  // so the user watching the button sees what happens to it.
  const shownPreview = stage.step === "preview" ? stage.result : importing ? preview : null;
  return (
    <SectionCard
      id="import"
      title="Import people"
      description="Bring in the people you already know. You see what the file would do before anything changes, and duplicates are merged, never doubled."
    >
      <Stack gap="md">
        {!done && (
          <FileDrop file={flow.file} busy={importing} onFile={(file) => flow.choose(file)} />
        )}
        {!done && flow.file === null && stage.step !== "busy" && <WhereFilesComeFrom />}
        {!done && flow.file !== null && (
          <Group align="flex-end" gap="sm" wrap="wrap" data-testid="reading-choices">
            <FormatPicker flow={flow} disabled={importing} />
            <ReadingPicker flow={flow} disabled={importing} />
          </Group>
        )}
        {stage.step === "busy" && !importing && (
          <ImportProgress task={stage.task} progress={stage.progress} />
        )}
        {stage.step === "failed" && <ImportFailed task={stage.task} error={stage.error} />}
        {showMapping && (
          <ColumnMapping
            csv={csv}
            applied={flow.mapping}
            onApply={flow.applyMapping}
            disabled={importing}
          />
        )}
        {shownPreview && !shownPreview.csv?.needsMapping && (
          <ImportPreview
            result={shownPreview}
            onImport={flow.importNow}
            footer={
              stage.step === "busy" && importing ? (
                <ImportProgress task="import" progress={stage.progress} takeFocus />
              ) : null
            }
          />
        )}
        {stage.step === "done" && <ImportSummary result={stage.result} onAgain={flow.reset} />}
      </Stack>
    </SectionCard>
  );
}
