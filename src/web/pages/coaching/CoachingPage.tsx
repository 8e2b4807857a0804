// Coaching, the seeker's page (server mode): each program joined and what its coaches may see,
// the receipts of every grant, and who looked. Joining shares a name and an e-mail; the rest
// waits for the seeker's choice, scope by scope.
import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { useMemberships } from "../../api/coaching";
import { PageHeader } from "../../components/PageHeader";
import { Empty, ErrorState, LoadingRows } from "../../components/PageStates";
import { AccessLogCard } from "./AccessLogCard";
import { MembershipCard } from "./MembershipCard";
import { ReceiptsCard } from "./ReceiptsCard";

export function CoachingPage() {
  const memberships = useMemberships();
  return (
    <>
      <PageHeader
        title="Coaching"
        description="The programs you joined, what their coaches may see, and who looked. You decide, scope by scope, and can take it back at any time."
      />
      <Stack gap="md">
        {memberships.isError && (
          <ErrorState error={memberships.error} retry={() => memberships.refetch()} />
        )}
        {memberships.isPending && <LoadingRows rows={3} />}
        {memberships.data?.length === 0 && (
          <Empty icon="user" title="You have not joined a program">
            A career center or a coach invites you with a link. Joining shares your name and e-mail,
            nothing else: what else they see is yours to choose here.
          </Empty>
        )}
        {memberships.data?.map((m) => (
          <MembershipCard key={m.programId} membership={m} />
        ))}
        <AccessLogCard />
        <ReceiptsCard />
        <Text size="sm" c="dimmed">
          A coach or a career center?{" "}
          <Anchor component={Link} href="/centers" underline="always">
            Start a center
          </Anchor>{" "}
          to follow seekers who choose to share with you.
        </Text>
      </Stack>
    </>
  );
}
