// Deleting the account: the backup first (everything, to restore into another Inroads), then
// the password, in a dialog that keeps "Keep my account" in focus.
import { Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { AccountError, backupHref, deleteAccount, signedOutState } from "../../api/account";
import { errorMessage } from "../../api/client";
import { Icon } from "../../components/icons";
import { SectionCard } from "../../components/SectionCard";
import { setAccountState } from "./AccountGate";
import { FormAlert } from "./formParts";

function BackupButton() {
  return (
    <Button
      component="a"
      href={backupHref}
      download
      variant="light"
      leftSection={<Icon name="download" size={16} />}
    >
      Download a backup (JSON)
    </Button>
  );
}

export function DeleteAccountCard() {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setOpen(false);
    setPassword("");
    setError(undefined);
    setProblem(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setError("Enter your password to confirm.");
      return;
    }
    setBusy(true);
    setError(undefined);
    setProblem(null);
    try {
      await deleteAccount(password);
      navigate("/sign-in?notice=deleted", { replace: true });
      setAccountState(client, signedOutState());
    } catch (failure) {
      setBusy(false);
      if (failure instanceof AccountError && failure.code === "INVALID_PASSWORD") {
        setError("This is not your password.");
      } else setProblem(errorMessage(failure));
    }
  }

  return (
    <SectionCard
      id="account-delete"
      title="Delete account"
      description="Deleting your account cannot be undone. Download a backup first: it holds everything you have entered, and restores into any Inroads."
    >
      <Group gap="sm">
        <BackupButton />
        <Button color="red" variant="outline" onClick={() => setOpen(true)}>
          Delete account…
        </Button>
      </Group>
      <Modal opened={open} onClose={close} title="Delete your account?">
        <form onSubmit={submit} aria-label="Delete your account" noValidate>
          <Stack gap="sm">
            <Text size="sm">
              Everything you have entered goes with it, and you are signed out everywhere. Keep a
              backup if there is anything you may want later.
            </Text>
            <Group>
              <BackupButton />
            </Group>
            <PasswordInput
              label="Your password"
              autoComplete="current-password"
              required
              value={password}
              error={error}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <FormAlert>{problem}</FormAlert>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} data-autofocus>
                Keep my account
              </Button>
              <Button type="submit" color="red" loading={busy}>
                Delete my account
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </SectionCard>
  );
}
