// The account, in server mode: the name, the password, where this account is signed in (ending
// any other session), signing out, and deleting the account, which first offers the backup.
import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "wouter";
import { signedOutState, signOut } from "../../api/account";
import { errorMessage } from "../../api/client";
import { Icon } from "../../components/icons";
import { useToast } from "../../components/Toasts";
import { NotFoundPage } from "../NotFoundPage";
import { useFocusOnMount } from "../transfer/useFocusOnMount";
import { NameCard, PasswordCard } from "./AccountForms";
import { setAccountState } from "./AccountGate";
import { useAccount } from "./accountContext";
import { DeleteAccountCard } from "./DeleteAccountCard";
import { SessionsCard } from "./SessionsCard";

export function AccountPage() {
  const account = useAccount();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const toast = useToast();
  const [leaving, setLeaving] = useState(false);
  if (account.mode !== "server" || !account.signedIn) return <NotFoundPage />;
  const { user, sessionId } = account.signedIn;

  async function leave() {
    setLeaving(true);
    try {
      await signOut();
      navigate("/sign-in?notice=signed-out", { replace: true });
      setAccountState(client, signedOutState());
    } catch (error) {
      setLeaving(false);
      toast({ message: errorMessage(error), tone: "error" });
    }
  }

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="lg" gap="sm" className="page-header">
        <Stack gap={4} style={{ minWidth: 0, flex: "1 1 280px" }}>
          <Title order={1} size="h2" ref={heading} tabIndex={-1} className="focus-target">
            Account
          </Title>
          <Text c="dimmed" size="sm" style={{ overflowWrap: "anywhere" }}>
            Signed in as {user.email}
          </Text>
        </Stack>
        <Button
          variant="default"
          onClick={leave}
          loading={leaving}
          leftSection={<Icon name="arrowLeft" size={16} />}
        >
          Sign out
        </Button>
      </Group>
      <Stack gap="md">
        <NameCard name={user.name} />
        <PasswordCard email={user.email} name={user.name} />
        <SessionsCard currentId={sessionId} />
        <DeleteAccountCard />
      </Stack>
    </>
  );
}
