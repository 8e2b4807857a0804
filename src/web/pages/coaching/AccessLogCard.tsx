// Who looked: each time staff viewed or exported the seeker's data, with what they could see and
// when. The server writes the entry with the read itself, so no look goes unlisted.
import { Group, Pagination, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { ACCESS_LOG_PAGE, type AccessLogEntry, useAccessLog } from "../../api/coaching";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { scopeList } from "../../lib/coachingWords";
import { formatInstant } from "../../lib/dates";

function Entry({ entry }: { entry: AccessLogEntry }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {entry.staffName}
      </Text>{" "}
      ({entry.staffEmail}, {entry.centerName}) opened the {entry.what} of {entry.programName},
      seeing {scopeList(entry.scopes)}.{" "}
      <Text span size="xs" c="dimmed">
        {formatInstant(entry.at)}
      </Text>
    </Text>
  );
}

export function AccessLogCard() {
  const [page, setPage] = useState(1);
  const phone = useMediaQuery("(max-width: 37.5em)");
  const log = useAccessLog((page - 1) * ACCESS_LOG_PAGE);
  const data = log.data;
  return (
    <SectionCard
      id="access-log"
      title="Who looked"
      count={data?.total}
      description="Every time staff viewed or exported your data: who, what, when."
    >
      {log.isError && <ErrorState error={log.error} retry={() => log.refetch()} />}
      {log.isPending && <LoadingRows rows={2} />}
      {data?.total === 0 && (
        <Text size="sm" c="dimmed">
          Nobody has looked at your data.
        </Text>
      )}
      {data &&
        data.items.length > 0 &&
        (phone ? (
          <ul className="plain-list" aria-label="Access log" data-testid="access-log">
            {data.items.map((entry) => (
              <li key={entry.id} style={{ marginBottom: 8 }}>
                <Entry entry={entry} />
              </li>
            ))}
          </ul>
        ) : (
          <Table verticalSpacing={4} fz="sm" aria-label="Access log" data-testid="access-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Could see</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatInstant(entry.at)}</Table.Td>
                  <Table.Td>
                    {entry.staffName}
                    <Text size="xs" c="dimmed">
                      {entry.staffEmail} · {entry.centerName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.what}
                    <Text size="xs" c="dimmed">
                      {entry.programName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{scopeList(entry.scopes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      {data && data.total > ACCESS_LOG_PAGE && (
        <Group justify="flex-end" mt="sm">
          <Pagination
            total={Math.ceil(data.total / ACCESS_LOG_PAGE)}
            value={page}
            onChange={setPage}
            size="sm"
          />
        </Group>
      )}
    </SectionCard>
  );
}
