// The two pages a link from a message opens: accepting an invitation and resetting a password.
// Both choose a password (twice, with the policy in plain words), set it with the link's token,
// then sign in. The e-mail is asked too: signing in needs it, and a password manager files the
// new password under it.
import { Button, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { AccountError, refreshedState, setPasswordWithToken, signIn } from "../../api/account";
import { errorMessage } from "../../api/client";
import { setAccountState } from "./AccountGate";
import { AuthFrame } from "./AuthFrame";
import {
  FormAlert,
  focusFirstInvalid,
  NewPasswordFields,
  newPasswordErrors,
  passwordRefusal,
} from "./formParts";

interface Wording {
  title: string;
  description: string;
  button: string;
  expired: string;
}

const INVITATION: Wording = {
  title: "Accept your invitation",
  description: "Choose the password you will sign in with. Then you are in.",
  button: "Set password and sign in",
  expired:
    "This invitation has expired or was used already. Ask whoever invited you for a new one, or ask for a new password if you set one before.",
};

const RESET: Wording = {
  title: "Choose a new password",
  description:
    "Your new password ends every session, on every device. Then you are signed in here.",
  button: "Set password and sign in",
  expired: "This link has expired or was used already: ask for a new one.",
};

function NewPasswordPage({ wording }: { wording: Wording }) {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const token = new URLSearchParams(useSearch()).get("token") ?? "";
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string; repeat?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const address = email.trim();
    const found = {
      email: address.includes("@") ? undefined : "Enter the e-mail address the link was sent to.",
      ...newPasswordErrors(password, repeat, [address]),
    };
    setErrors(found);
    setProblem(null);
    if (Object.values(found).some(Boolean)) focusFirstInvalid(form);
    if (found.email || found.password || found.repeat) return;
    setBusy(true);
    try {
      await setPasswordWithToken(token, password);
    } catch (error) {
      setBusy(false);
      const refused = passwordRefusal(error);
      if (refused) {
        setErrors({ password: refused });
        focusFirstInvalid(form);
      } else if (error instanceof AccountError && error.status === 400) setProblem(wording.expired);
      else setProblem(errorMessage(error));
      return;
    }
    try {
      await signIn(address, password);
      setAccountState(client, await refreshedState());
      navigate("/", { replace: true });
    } catch {
      // The password is set; only the address was mistyped. Sign in says so.
      navigate("/sign-in?notice=password-set", { replace: true });
    }
  }

  if (!token) {
    return (
      <AuthFrame
        title={wording.title}
        links={[
          { href: "/forgot-password", label: "Ask for a new link" },
          { href: "/sign-in", label: "Sign in" },
        ]}
      >
        <FormAlert>
          This link is incomplete: open the whole link from the message, or copy all of it into the
          address bar.
        </FormAlert>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame
      title={wording.title}
      description={wording.description}
      links={[
        { href: "/forgot-password", label: "Ask for a new link" },
        { href: "/sign-in", label: "Sign in" },
      ]}
    >
      <form onSubmit={submit} aria-label={wording.title} noValidate>
        <Stack gap="sm">
          <TextInput
            label="E-mail"
            description="The address this link was sent to."
            type="email"
            autoComplete="username"
            required
            value={email}
            error={errors.email}
            onChange={(event) => setEmail(event.currentTarget.value)}
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
            {wording.button}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

export function AcceptInvitationPage() {
  return <NewPasswordPage wording={INVITATION} />;
}

export function ResetPasswordPage() {
  return <NewPasswordPage wording={RESET} />;
}
