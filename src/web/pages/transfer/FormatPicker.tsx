// Which program wrote the file: the server's guess, shown so the user can overrule it.
import { Button, Group, Select } from "@mantine/core";
import { IMPORT_FORMATS, type ImportFormat } from "../../api/transfer";
import { IMPORT_FORMAT_LABEL } from "../../lib/labels";
import type { ImportFlow } from "./useImport";

const FORMAT_OPTIONS = IMPORT_FORMATS.map((value) => ({
  value,
  label: IMPORT_FORMAT_LABEL[value],
}));

export function FormatPicker({ flow, disabled }: { flow: ImportFlow; disabled: boolean }) {
  const guessed = flow.preview?.format ?? null;
  const description =
    flow.format !== null
      ? "Your choice"
      : guessed !== null
        ? "Guessed from the file's name and first rows"
        : flow.stage.step === "failed"
          ? "Pick one to read the file another way"
          : "Guessed once the file is read";
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label="Format"
        description={description}
        placeholder="Pick a format"
        data={FORMAT_OPTIONS}
        value={flow.format ?? guessed}
        onChange={(value) => value && flow.chooseFormat(value as ImportFormat)}
        allowDeselect={false}
        disabled={disabled}
        w={{ base: "100%", xs: 300 }}
      />
      {flow.format !== null && (
        <Button variant="subtle" onClick={() => flow.chooseFormat(null)} disabled={disabled}>
          Let Inroads guess
        </Button>
      )}
    </Group>
  );
}
