// Calendar subscriptions: a secret link a calendar program polls, so scheduled conversations and
// follow-ups show beside the rest of the week. Create one (shown once), see them, revoke them.
import { Badge, Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useSettings } from "../../api/settings";
import {
  type CalendarFeed,
  calendarFeedChanged,
  createCalendarFeed,
  type NewCalendarFeed,
  revokeCalendarFeed,
  useCalendarFeeds,
} from "../../api/transfer";
import { Icon } from "../../components/icons";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { formatInstant } from "../../lib/dates";
import { NewFeedLink } from "./NewFeedLink";

export function CalendarFeeds() {
  const feeds = useCalendarFeeds();
  const timeZone = useSettings().data?.timeZone;
  const [created, setCreated] = useState<NewCalendarFeed | null>(null);
  const [revoking, setRevoking] = useState<CalendarFeed | null>(null);
  const create = useAction(createCalendarFeed, { onDone: setCreated, stale: calendarFeedChanged });
  const revoke = useAction(revokeCalendarFeed, {
    stale: calendarFeedChanged,
    success: "Calendar link revoked: calendars using it stop updating.",
    onDone: (feed) => {
      setRevoking(null);
      if (created?.id === feed.id) setCreated(null);
    },
  });
  const list = feeds.data ?? [];
  return (
    <SectionCard
      id="calendar"
      title="Calendar subscription"
      count={list.filter((f) => f.active).length}
      description="A private link for your calendar program: scheduled conversations and open follow-ups appear beside the rest of your week and stay up to date. Calendars ignore reminders in subscribed calendars, so Today still does the reminding."
    >
      <Stack gap="sm">
        {created && <NewFeedLink feed={created} onHide={() => setCreated(null)} />}
        {feeds.isError ? (
          <ErrorState error={feeds.error} retry={() => feeds.refetch()} />
        ) : !feeds.data ? (
          <LoadingRows rows={1} />
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            No calendar link yet.
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={6} data-testid="calendar-feeds">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Action</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((feed) => (
                <Table.Tr key={feed.id} data-feed={feed.id}>
                  <Table.Td>{formatInstant(feed.createdAt, timeZone)}</Table.Td>
                  <Table.Td>
                    {feed.active ? (
                      // A badge's label clips by default; in a narrow table it must keep its word.
                      <Badge
                        variant="light"
                        color="brand"
                        styles={{ label: { overflow: "visible" } }}
                      >
                        Active
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Revoked {feed.revokedAt ? formatInstant(feed.revokedAt, timeZone) : ""}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" w={1}>
                    {feed.active && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => setRevoking(feed)}
                        aria-label={`Revoke the link created ${formatInstant(feed.createdAt, timeZone)}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed" style={{ flex: "1 1 240px" }}>
            Inroads answers only on this computer, so subscribe from a calendar program here.
          </Text>
          <Button
            variant="light"
            onClick={() => create.mutate(undefined)}
            loading={create.isPending}
            leftSection={<Icon name="calendar" size={16} />}
          >
            Create a calendar link
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title="Revoke this calendar link?"
      >
        <Text size="sm" mb="md">
          Calendars subscribed with it stop updating at once, and the link cannot be brought back.
          You can always create a new one.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRevoking(null)} data-autofocus>
            Keep
          </Button>
          <Button
            color="red"
            onClick={() => revoking && revoke.mutate(revoking.id)}
            loading={revoke.isPending}
          >
            Revoke
          </Button>
        </Group>
      </Modal>
    </SectionCard>
  );
}
