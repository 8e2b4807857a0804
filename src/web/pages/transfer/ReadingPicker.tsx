// How the file's bytes are read: the encoding, and a CSV's field separator. The server detects
// both and says so; when names come out garbled or the columns run together, the user picks
// another and the preview runs again on the same bytes.
import { Button, Select } from "@mantine/core";
import { CSV_DELIMITERS, type CsvDelimiter } from "../../../formats/csv/delimiter.js";
import { TEXT_ENCODINGS, type TextEncoding } from "../../../formats/text/encodings.js";
import { DELIMITER_LABEL, ENCODING_LABEL, ENCODING_SOURCE_LABEL } from "./readingLabels";
import type { ImportFlow } from "./useImport";

const ENCODING_OPTIONS = TEXT_ENCODINGS.map((value) => ({ value, label: ENCODING_LABEL[value] }));
const DELIMITER_OPTIONS = CSV_DELIMITERS.map((value) => ({
  // Mantine keys options by value; a tab is not a value people can see, so it travels as a word.
  value: value === "\t" ? "tab" : value,
  label: DELIMITER_LABEL[value],
}));

const toDelimiter = (value: string): CsvDelimiter =>
  value === "tab" ? "\t" : (value as CsvDelimiter);
const fromDelimiter = (value: CsvDelimiter): string => (value === "\t" ? "tab" : value);

export function ReadingPicker({ flow, disabled }: { flow: ImportFlow; disabled: boolean }) {
  const { preview, reading } = flow;
  const detected = preview?.encoding ?? null;
  const separator = preview?.delimiter;
  const chosen = reading.encoding !== null || reading.delimiter !== null;
  if (detected === null && separator === undefined && !chosen) return null;
  return (
    <>
      {(detected !== null || reading.encoding !== null) && (
        <Select
          label="Text encoding"
          description={
            reading.encoding !== null
              ? "Your choice"
              : detected
                ? ENCODING_SOURCE_LABEL[detected.source]
                : ""
          }
          data={ENCODING_OPTIONS}
          value={reading.encoding ?? detected?.encoding ?? null}
          onChange={(value) =>
            value && flow.chooseReading({ ...reading, encoding: value as TextEncoding })
          }
          allowDeselect={false}
          searchable
          disabled={disabled}
          w={{ base: "100%", xs: 300 }}
        />
      )}
      {(separator !== undefined || reading.delimiter !== null) && (
        <Select
          label="Separator"
          description={reading.delimiter !== null ? "Your choice" : "Detected from the rows"}
          data={DELIMITER_OPTIONS}
          value={
            reading.delimiter !== null
              ? fromDelimiter(reading.delimiter)
              : separator
                ? fromDelimiter(separator.delimiter)
                : null
          }
          onChange={(value) =>
            value && flow.chooseReading({ ...reading, delimiter: toDelimiter(value) })
          }
          allowDeselect={false}
          disabled={disabled}
          w={{ base: "100%", xs: 200 }}
        />
      )}
      {chosen && (
        <Button
          variant="subtle"
          onClick={() => flow.chooseReading({ encoding: null, delimiter: null })}
          disabled={disabled}
        >
          Detect again
        </Button>
      )}
    </>
  );
}
