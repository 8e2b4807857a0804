// Where this account is signed in: this device marked, every other one with its own Sign out.
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { type AccountSession, accountKeys, revokeSession, useSessions } from "../../api/account";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { formatInstant } from "../../lib/dates";
import { deviceName } from "./deviceName";

function SessionRow({ session, current }: { session: AccountSession; current: boolean }) {
  const device = deviceName(session.userAgent);
  const end = useAction(() => revokeSession(session.token), {
    stale: [accountKeys.sessions],
    success: `Signed out ${device}.`,
  });
  return (
    <Group
      component="li"
      justify="space-between"
      gap="sm"
      wrap="wrap"
      py="xs"
      style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
      data-testid="session"
    >
      <Stack gap={2} style={{ minWidth: 0, flex: "1 1 220px" }}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {device}
          </Text>
          {current && (
            <Badge variant="light" size="sm">
              This device
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Last active {formatInstant(session.updatedAt)}
          {session.ipAddress ? ` · from ${session.ipAddress}` : ""} · signed in{" "}
          {formatInstant(session.createdAt)}
        </Text>
      </Stack>
      {!current && (
        <Button
          size="xs"
          variant="default"
          loading={end.isPending}
          onClick={() => end.mutate(undefined)}
          aria-label={`Sign out ${device}, last active ${formatInstant(session.updatedAt)}`}
        >
          Sign out
        </Button>
      )}
    </Group>
  );
}

export function SessionsCard({ currentId }: { currentId: string }) {
  const sessions = useSessions();
  return (
    <SectionCard
      id="account-sessions"
      title="Where you are signed in"
      count={sessions.data?.length}
      description="A session you do not recognize? Sign it out, and change your password."
    >
      {sessions.isError ? (
        <ErrorState error={sessions.error} retry={() => void sessions.refetch()} />
      ) : sessions.data ? (
        <Stack component="ul" gap={0} className="plain-list">
          {sessions.data.map((session) => (
            <SessionRow key={session.id} session={session} current={session.id === currentId} />
          ))}
        </Stack>
      ) : (
        <LoadingRows rows={2} />
      )}
    </SectionCard>
  );
}
