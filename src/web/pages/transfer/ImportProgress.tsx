// How far an import has got. Sending the file has a real percentage (the browser counts the
// bytes); reading it and the server's work do not, so those show a sliding bar, not a number.
import { Group, Progress, Stack, Text } from "@mantine/core";
import type { TransferProgress } from "../../api/transfer";
import { formatSize } from "./readChosenFile";
import { useFocusOnMount } from "./useFocusOnMount";
import type { ImportTask } from "./useImport";

const WORKING: Record<ImportTask, string> = {
  reading: "Reading the file…",
  preview: "Checking each row against the people you have…",
  import: "Importing: every row lands, or none does…",
};

export function ImportProgress({
  task,
  progress,
  takeFocus = false,
}: {
  task: ImportTask;
  progress: TransferProgress | null;
  /** Set where the progress replaces the button just pressed, so the focus is not lost. */
  takeFocus?: boolean;
}) {
  const box = useFocusOnMount<HTMLDivElement>(takeFocus);
  const sending = task !== "reading" && progress?.phase !== "working";
  if (sending) {
    const sent = progress?.phase === "sending" ? progress.sent : 0;
    const total = progress?.phase === "sending" ? progress.total : 0;
    const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
    return (
      <Stack gap={6} ref={box} tabIndex={-1} className="focus-target">
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            Sending the file
          </Text>
          <Text size="sm" c="dimmed">
            {total > 0 ? `${formatSize(sent)} of ${formatSize(total)}` : "starting…"}
          </Text>
        </Group>
        <div
          role="progressbar"
          aria-label="Sending the file"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}% sent`}
        >
          <Progress.Root size="lg" radius="xl">
            <Progress.Section value={percent} withAria={false} />
          </Progress.Root>
        </div>
      </Stack>
    );
  }
  return (
    <Stack gap={6} ref={box} tabIndex={-1} className="focus-target">
      <Text size="sm" fw={600}>
        {WORKING[task]}
      </Text>
      {/* No aria-valuenow: an indeterminate progress bar, as assistive technology expects it. */}
      <div role="progressbar" aria-label={WORKING[task]} aria-busy="true">
        <Progress.Root size="lg" radius="xl" className="progress-indeterminate">
          <Progress.Section value={35} withAria={false} animated />
        </Progress.Root>
      </div>
    </Stack>
  );
}
