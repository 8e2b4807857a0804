// Where a file comes in: a button that opens the file picker (reachable by keyboard), and an area
// around it that takes a file dragged from the desktop.
import { Button, FileButton, Group, Paper, Stack, Text } from "@mantine/core";
import { type DragEvent, useRef, useState } from "react";
import { Icon } from "../../components/icons";
import { formatSize, type LoadedFile } from "./readChosenFile";

const ACCEPT = ".csv,.vcf,.vcard,.json,.txt,text/csv,text/vcard,text/x-vcard,application/json";

export function FileDrop({
  file,
  busy,
  onFile,
}: {
  file: LoadedFile | null;
  busy: boolean;
  onFile: (file: File) => void;
}) {
  const [over, setOver] = useState(false);
  // Cleared after each pick, so choosing the same file again (after fixing it) still counts.
  const resetPicker = useRef<() => void>(null);
  const take = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !busy) onFile(dropped);
  };
  return (
    <Paper
      className="file-drop"
      data-over={over || undefined}
      radius="md"
      p="md"
      onDragOver={(event: DragEvent<HTMLDivElement>) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = busy ? "none" : "copy";
        setOver(true);
      }}
      onDragLeave={(event: DragEvent<HTMLDivElement>) => {
        // Moving over the text or the button inside is not leaving.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={take}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: "1 1 220px" }}>
          {file ? (
            <>
              <Text fw={600} className="truncate" title={file.name}>
                {file.name}
              </Text>
              <Text size="sm" c="dimmed">
                {formatSize(file.size)} · drop another file here to start over
              </Text>
            </>
          ) : (
            <>
              <Text fw={600}>Drop a file here</Text>
              <Text size="sm" c="dimmed">
                LinkedIn's Connections.csv, a Google or Outlook CSV, vCards (.vcf) or an Inroads
                backup (.json)
              </Text>
            </>
          )}
        </Stack>
        <FileButton
          resetRef={resetPicker}
          accept={ACCEPT}
          onChange={(chosen) => {
            resetPicker.current?.();
            if (chosen) onFile(chosen);
          }}
        >
          {(props) => (
            <Button
              {...props}
              variant={file ? "default" : "filled"}
              disabled={busy}
              leftSection={<Icon name="upload" size={16} />}
            >
              {file ? "Choose another file" : "Choose a file"}
            </Button>
          )}
        </FileButton>
      </Group>
    </Paper>
  );
}
