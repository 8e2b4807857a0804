// The file's first rows as Inroads read them, and what importing does to each: a quick check
// that names, organizations and titles landed in the right places.
import { Badge, Table, Text } from "@mantine/core";
import type { RowAction, RowOutcome } from "../../api/transfer";

const ACTION: Record<RowAction, { label: string; color: string }> = {
  new: { label: "New", color: "brand" },
  update: { label: "Adds details", color: "blue" },
  duplicate: { label: "Already here", color: "gray" },
};

export function SampleRows({ rows }: { rows: readonly RowOutcome[] }) {
  if (rows.length === 0) return null;
  return (
    // Native scrolling in a focusable region, so a phone's keyboard user can scroll it too.
    <Table.ScrollContainer
      minWidth={400}
      type="native"
      tabIndex={0}
      role="region"
      aria-label="First rows of the file"
    >
      <Table verticalSpacing={6} fz="sm" striped captionSide="top" className="caption-start">
        <Table.Caption>The first {rows.length} rows as Inroads reads them</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Result</Table.Th>
            <Table.Th scope="col">Organization and title</Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              Email
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td fw={600}>{row.fullName}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={ACTION[row.action].color}>
                  {ACTION[row.action].label}
                </Badge>
              </Table.Td>
              <Table.Td>
                {[row.organizationName, row.title].filter(Boolean).join(" · ") || (
                  <Text span size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm">{row.emails[0] ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
