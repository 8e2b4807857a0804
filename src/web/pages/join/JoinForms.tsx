// The ways in from an invitation: join with the account one is signed in with; make an account
// at a personal invitation's address (name and a password, then signed in); or, from a join
// link, have a personal invitation mailed to one's address.
import { Button, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { refreshedState, signIn } from "../../api/account";
import { errorMessage } from "../../api/client";
import { acceptInvitation, joinWithNewAccount, requestJoinMail } from "../../api/coaching";
import { setAccountState } from "../account/AccountGate";
import {
  FormAlert,
  focusFirstInvalid,
  NewPasswordFields,
  newPasswordErrors,
  passwordRefusal,
} from "../account/formParts";

export function JoinSignedIn({ token, programName }: { token: string; programName: string }) {
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function join() {
    setBusy(true);
    setProblem(null);
    try {
      await acceptInvitation(token);
      await client.invalidateQueries({ queryKey: ["coaching"] });
      navigate("/coaching", { replace: true });
    } catch (error) {
      setBusy(false);
      setProblem(errorMessage(error));
    }
  }
  return (
    <Stack gap="sm">
      <FormAlert>{problem}</FormAlert>
      <Button onClick={join} loading={busy} fullWidth>
        Join {programName}
      </Button>
    </Stack>
  );
}

export function JoinWithNewAccount({ token, email }: { token: string; email: string }) {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ name?: string; password?: string; repeat?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const found = {
      name: name.trim() ? undefined : "Enter your name: your coaches know you by it.",
      ...newPasswordErrors(password, repeat, [email, name]),
    };
    setErrors(found);
    setProblem(null);
    if (found.name || found.password || found.repeat) {
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    try {
      await joinWithNewAccount({ token, name: name.trim(), password });
      await signIn(email, password);
      setAccountState(client, await refreshedState());
      navigate("/coaching", { replace: true });
    } catch (error) {
      setBusy(false);
      const refused = passwordRefusal(error);
      if (refused) {
        setErrors({ password: refused });
        focusFirstInvalid(form);
      } else setProblem(errorMessage(error));
    }
  }

  return (
    <form onSubmit={submit} aria-label="Make your account and join" noValidate>
      <Stack gap="sm">
        <TextInput label="E-mail" value={email} readOnly description="The invitation's address." />
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <NewPasswordFields
          password={password}
          repeat={repeat}
          errors={errors}
          onPassword={setPassword}
          onRepeat={setRepeat}
        />
        <FormAlert>{problem}</FormAlert>
        <Button type="submit" loading={busy} fullWidth>
          Make my account and join
        </Button>
      </Stack>
    </form>
  );
}

export function JoinByMail({ token, domain }: { token: string; domain: string | null }) {
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await requestJoinMail(token, email.trim());
      setSentTo(email.trim());
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }
  if (sentTo) {
    return (
      <FormAlert tone="info">
        Check your mail: a personal invitation is on its way to {sentTo}. Its link lets you make
        your account and join.
      </FormAlert>
    );
  }
  return (
    <form onSubmit={submit} aria-label="Get your personal invitation">
      <Stack gap="sm">
        <TextInput
          label="Your e-mail"
          description={
            domain
              ? `An address at ${domain}. We mail you a personal invitation.`
              : "We mail you a personal invitation."
          }
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <FormAlert>{problem}</FormAlert>
        <Button type="submit" loading={busy} fullWidth>
          Mail me my invitation
        </Button>
      </Stack>
    </form>
  );
}
