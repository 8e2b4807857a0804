// Sign in: e-mail and password. A refusal is said beside the form (and announced); after too
// many failures the server locks the account for a while, and the page says how long.
import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useSearch } from "wouter";
import { refreshedState, signIn } from "../../api/account";
import { setAccountState } from "./AccountGate";
import { AuthFrame } from "./AuthFrame";
import { FormAlert, signInProblem } from "./formParts";

const NOTICES: Record<string, string> = {
  "signed-out": "You have signed out on this device.",
  deleted: "Your account has been deleted.",
  "password-set": "Your password is set. Sign in with it.",
};

export function SignInPage() {
  const client = useQueryClient();
  const params = new URLSearchParams(useSearch());
  const notice = NOTICES[params.get("notice") ?? ""];
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await signIn(email.trim(), password);
      // The gate sees the session and goes where the person was going.
      setAccountState(client, await refreshedState());
    } catch (error) {
      setProblem(signInProblem(error));
      setBusy(false);
    }
  }

  return (
    <AuthFrame
      title="Sign in"
      description={
        params.get("next")
          ? "Your session has ended. Sign in to go on where you were."
          : "Sign in to your informational-interview workbench."
      }
      links={[{ href: "/forgot-password", label: "Forgot your password?" }]}
    >
      {notice && <FormAlert tone="info">{notice}</FormAlert>}
      <form onSubmit={submit} aria-label="Sign in" noValidate>
        <Stack gap="sm">
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <FormAlert>{problem}</FormAlert>
          <Button type="submit" loading={busy} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
