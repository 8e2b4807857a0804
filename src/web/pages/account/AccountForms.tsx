// The account's name and password. A changed password ends every other session (the server
// insists), which the sessions list then shows.
import { Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  AccountError,
  accountKeys,
  changePassword,
  refreshedState,
  updateName,
} from "../../api/account";
import { errorMessage } from "../../api/client";
import { SectionCard } from "../../components/SectionCard";
import { useToast } from "../../components/Toasts";
import {
  FormAlert,
  focusFirstInvalid,
  NewPasswordFields,
  newPasswordErrors,
  passwordRefusal,
} from "./formParts";

export function NameCard({ name }: { name: string }) {
  const client = useQueryClient();
  const toast = useToast();
  const [value, setValue] = useState(name);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await updateName(value.trim());
      client.setQueryData(accountKeys.state, await refreshedState());
      toast({ message: "Name saved.", tone: "success" });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <SectionCard id="account-name" title="Name" description="How this server's admin sees you.">
      <form onSubmit={submit} aria-label="Name">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label="Your name"
              autoComplete="name"
              value={value}
              maxLength={200}
              onChange={(event) => setValue(event.currentTarget.value)}
              style={{ flex: "1 1 220px" }}
            />
            <Button type="submit" variant="light" loading={busy} disabled={value.trim() === name}>
              Save name
            </Button>
          </Group>
          <FormAlert>{problem}</FormAlert>
        </Stack>
      </form>
    </SectionCard>
  );
}

export function PasswordCard({ email, name }: { email: string; name: string }) {
  const client = useQueryClient();
  const toast = useToast();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ current?: string; password?: string; repeat?: string }>(
    {},
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const found = {
      current: current ? undefined : "Enter the password you use now.",
      ...newPasswordErrors(password, repeat, [email, name]),
    };
    setErrors(found);
    setProblem(null);
    if (Object.values(found).some(Boolean)) focusFirstInvalid(form);
    if (found.current || found.password || found.repeat) return;
    setBusy(true);
    try {
      await changePassword(current, password);
      setCurrent("");
      setPassword("");
      setRepeat("");
      await client.invalidateQueries({ queryKey: accountKeys.sessions });
      toast({
        message: "Password changed. Every other session has ended.",
        tone: "success",
      });
    } catch (error) {
      const refused = passwordRefusal(error);
      if (refused) {
        setErrors({ password: refused });
        focusFirstInvalid(form);
      } else if (error instanceof AccountError && error.code === "INVALID_PASSWORD") {
        setErrors({ current: "This is not your current password." });
      } else setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <SectionCard
      id="account-password"
      title="Password"
      description="A new password signs you out everywhere else."
    >
      <form onSubmit={submit} aria-label="Change password" noValidate>
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            value={current}
            error={errors.current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
          />
          <NewPasswordFields
            password={password}
            repeat={repeat}
            errors={errors}
            onPassword={setPassword}
            onRepeat={setRepeat}
          />
          <FormAlert>{problem}</FormAlert>
          <Group>
            <Button type="submit" variant="light" loading={busy}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
