// A CSV whose columns Inroads does not know: the user says which column holds the name, the
// email, the organization… with the file's first values beside each column to go by. The fields
// are the ones the API declares; a first guess comes from the column names.
import { Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { CsvColumns, ColumnMapping as Mapping } from "../../api/transfer";
import { IMPORT_FIELD_LABEL } from "../../lib/labels";
import { guessMapping, mappingIsEnough } from "./guessMapping";
import { useFocusOnMount } from "./useFocusOnMount";

/** The fields most files have; the rest wait behind "More fields". */
const MAIN_FIELDS = [
  "fullName",
  "givenName",
  "familyName",
  "email",
  "organization",
  "title",
  "phone",
  "profileUrl",
  "notes",
  "labels",
];

function samplesOf(csv: CsvColumns, column: string): string[] {
  const at = csv.headers.indexOf(column);
  if (at === -1) return [];
  return csv.sample
    .map((row) => (row[at] ?? "").trim())
    .filter((value) => value !== "")
    .slice(0, 3)
    .map((value) => (value.length > 40 ? `${value.slice(0, 39)}…` : value));
}

export function ColumnMapping({
  csv,
  applied,
  onApply,
  disabled = false,
}: {
  csv: CsvColumns;
  /** The mapping of the last preview, if there was one; else a guess from the column names. */
  applied: Mapping | null;
  onApply: (mapping: Mapping) => void;
  disabled?: boolean;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [mapping, setMapping] = useState<Mapping>(
    () => applied ?? guessMapping(csv.headers, csv.fields),
  );
  const main = csv.fields.filter((f) => MAIN_FIELDS.includes(f));
  const more = csv.fields.filter((f) => !MAIN_FIELDS.includes(f));
  const [showMore, setShowMore] = useState(() => more.some((f) => mapping[f] !== undefined));
  const columns = [...new Set(csv.headers.filter((h) => h !== ""))];
  const enough = mappingIsEnough(mapping);

  const fieldSelect = (field: string) => {
    const column = mapping[field];
    const samples = column === undefined ? [] : samplesOf(csv, column);
    return (
      <Select
        key={field}
        label={IMPORT_FIELD_LABEL[field] ?? field}
        placeholder="Not in this file"
        data={columns}
        value={column ?? null}
        clearable
        searchable
        disabled={disabled}
        nothingFoundMessage="No such column"
        description={samples.length > 0 ? `e.g. ${samples.join(" · ")}` : " "}
        onChange={(value) =>
          setMapping((current) => {
            const next = { ...current };
            if (value === null) delete next[field];
            else next[field] = value;
            return next;
          })
        }
      />
    );
  };

  return (
    <Stack gap="sm" data-testid="column-mapping">
      <Stack gap={2}>
        <Title order={3} size="h5" ref={heading} tabIndex={-1} className="focus-target">
          Which column holds what?
        </Title>
        <Text size="sm" c="dimmed">
          Inroads does not know this file's columns. Pick the column for each field you want and
          leave the others empty; a name or an email is enough to start with.
        </Text>
      </Stack>
      <Table
        fz="sm"
        verticalSpacing={4}
        withTableBorder
        captionSide="top"
        className="caption-start"
      >
        <Table.Caption>The file's columns (header on line {csv.headerLine})</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">First values</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column) => (
            <Table.Tr key={column}>
              <Table.Td fw={600}>{column}</Table.Td>
              <Table.Td c="dimmed">{samplesOf(csv, column).join(" · ") || "(empty)"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        {main.map(fieldSelect)}
      </SimpleGrid>
      {more.length > 0 && (
        <>
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setShowMore((open) => !open)}
              aria-expanded={showMore}
              aria-controls="more-fields"
            >
              {showMore ? "Fewer fields" : `More fields (${more.length})`}
            </Button>
          </Group>
          <SimpleGrid id="more-fields" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            {showMore && more.map(fieldSelect)}
          </SimpleGrid>
        </>
      )}
      <Group justify="flex-end" gap="sm">
        {!enough && (
          <Text size="sm" c="dimmed">
            Pick the column with the name or the email first.
          </Text>
        )}
        <Button onClick={() => onApply(mapping)} disabled={!enough || disabled}>
          Preview with these columns
        </Button>
      </Group>
    </Stack>
  );
}
