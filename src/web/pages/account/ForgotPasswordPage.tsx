// Forgot password: the same answer whether an account has the address or not, so the page
// cannot be used to find out who has an account here.
import { Button, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { AccountError, requestPasswordReset, waitText } from "../../api/account";
import { errorMessage } from "../../api/client";
import { AuthFrame } from "./AuthFrame";
import { FormAlert } from "./formParts";

export function ForgotPasswordPage() {
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!address.includes("@")) {
      setProblem("Enter the e-mail address you sign in with.");
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await requestPasswordReset(address);
      setSentTo(address);
    } catch (error) {
      if (error instanceof AccountError && error.status === 429) {
        setProblem(
          `Too many requests. Wait ${waitText(error.retryAfterSeconds ?? 60)}, then try again.`,
        );
      } else {
        setProblem(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame
      title="Forgot your password?"
      description="Enter the address you sign in with: we send it a link to choose a new password."
      links={[{ href: "/sign-in", label: "Back to sign in" }]}
    >
      {sentTo ? (
        <FormAlert tone="info">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Check your mail
            </Text>
            <Text size="sm">
              If an account uses {sentTo}, a link to choose a new password is on its way. It works
              for one hour.
            </Text>
            <Text size="sm">
              Nothing after a few minutes? Check the spam folder; if this server sends no mail, its
              admin can give you the link.
            </Text>
          </Stack>
        </FormAlert>
      ) : (
        <form onSubmit={submit} aria-label="Ask for a new password" noValidate>
          <Stack gap="sm">
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <FormAlert>{problem}</FormAlert>
            <Button type="submit" loading={busy} fullWidth>
              Send the link
            </Button>
          </Stack>
        </form>
      )}
    </AuthFrame>
  );
}
