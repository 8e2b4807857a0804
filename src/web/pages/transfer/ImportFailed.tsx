// A file the server would not take: its reason (naming the line, for a file that cannot be
// read), and the reassurance that nothing was changed.
import { Alert, Stack, Text } from "@mantine/core";
import { ApiError, errorMessage } from "../../api/client";
import { useFocusOnMount } from "./useFocusOnMount";
import type { ImportTask } from "./useImport";

const FAILED_TITLE: Record<ImportTask, string> = {
  reading: "This file could not be opened",
  preview: "This file cannot be imported",
  import: "The import was refused",
};

/** The server's own words: its sentence, and any issue (a field, a line) it does not already say. */
function failureLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [errorMessage(error)];
  const detail = error.detail || error.title;
  const extra = error.errors
    .filter((issue) => !detail.includes(issue.message) && error.status !== 409)
    .map((issue) => `${issue.field}: ${issue.message}`);
  return [detail, ...extra];
}

export function ImportFailed({ task, error }: { task: ImportTask; error: unknown }) {
  const alert = useFocusOnMount<HTMLDivElement>();
  // A file at fault can be fixed; a refusal of the database's state (409) cannot, by editing it.
  const fileAtFault = !(error instanceof ApiError) || error.status === 400;
  return (
    <Alert
      ref={alert}
      tabIndex={-1}
      className="focus-target"
      color="red"
      title={FAILED_TITLE[task]}
      role="alert"
      data-testid="import-error"
    >
      <Stack gap={4}>
        {failureLines(error).map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
        <Text size="sm" fw={600}>
          Nothing was changed.
          {fileAtFault &&
            (task === "reading"
              ? " Check the file and choose it again."
              : " Fix the file and choose it again, or pick the format it really has.")}
        </Text>
      </Stack>
    </Alert>
  );
}
