// The program's invitations: the three ways to invite, then every invitation with its state
// (waiting, joined, expired, revoked) and a Revoke for those that still let someone in.
import { Badge, Button, Divider, Group, Paper, Stack, Text } from "@mantine/core";
import { centersChanged, type Invitation, revokeInvitation } from "../../api/centers";
import { SectionCard } from "../../components/SectionCard";
import { useAction } from "../../hooks/useAction";
import { formatDate } from "../../lib/coachingWords";
import { CsvInvite, InviteByEmail, JoinLinkForm } from "./InviteForms";

function state(
  invitation: Invitation,
  now: string,
): { label: string; color: string; open: boolean } {
  if (invitation.revokedAt) return { label: "Revoked", color: "gray", open: false };
  if (invitation.acceptedAt && invitation.email)
    return { label: `Joined ${formatDate(invitation.acceptedAt)}`, color: "green", open: false };
  if (invitation.expiresAt <= now) return { label: "Expired", color: "gray", open: false };
  return { label: `Open until ${formatDate(invitation.expiresAt)}`, color: "blue", open: true };
}

export function InvitationsCard({
  programId,
  invitations,
}: {
  programId: string;
  invitations: Invitation[];
}) {
  const revoke = useAction(revokeInvitation, {
    stale: centersChanged,
    success: "Revoked: it lets nobody in from now on.",
  });
  const now = new Date().toISOString();
  return (
    <SectionCard id="invitations" title="Invitations" count={invitations.length}>
      <Stack gap="md">
        <InviteByEmail programId={programId} />
        <Divider />
        <JoinLinkForm programId={programId} />
        <Divider />
        <CsvInvite programId={programId} />
        {invitations.length > 0 && (
          <>
            <Divider label="Sent and made" labelPosition="left" />
            <Stack gap="xs" data-testid="invitation-list">
              {invitations.map((invitation) => {
                const s = state(invitation, now);
                return (
                  <Paper key={invitation.id} withBorder radius="md" p="xs">
                    <Group justify="space-between" gap="xs">
                      <div style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                          {invitation.email ??
                            (invitation.emailDomain
                              ? `Join link for @${invitation.emailDomain}`
                              : "Join link for anyone")}
                        </Text>
                        <Text size="xs" c="dimmed">
                          Made {formatDate(invitation.createdAt)}
                        </Text>
                      </div>
                      <Group gap={6}>
                        <Badge variant="light" color={s.color} tt="none">
                          {s.label}
                        </Badge>
                        {s.open && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => revoke.mutate(invitation.id)}
                            loading={revoke.isPending && revoke.variables === invitation.id}
                          >
                            Revoke
                          </Button>
                        )}
                      </Group>
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
