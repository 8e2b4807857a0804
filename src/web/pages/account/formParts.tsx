// What the account forms share: the password policy as people read it, the line that reports a
// refusal (role="alert", so a screen reader says it when it appears), and the refusals' words.
import { Alert, PasswordInput } from "@mantine/core";
import type { ReactNode } from "react";
import { MIN_PASSWORD_LENGTH, passwordProblem } from "../../../domain/passwordPolicy.js";
import { AccountError, waitText } from "../../api/account";
import { errorMessage } from "../../api/client";

export const PASSWORD_POLICY = `At least ${MIN_PASSWORD_LENGTH} characters; any characters you like. A few unrelated words make a good one. Not a password everyone tries, nor your e-mail or name.`;

export function FormAlert({
  children,
  tone = "error",
}: {
  children: ReactNode;
  tone?: "error" | "info";
}) {
  if (!children) return null;
  return tone === "error" ? (
    <Alert color="red" role="alert" variant="light">
      {children}
    </Alert>
  ) : (
    <Alert color="brand" role="status" variant="light">
      {children}
    </Alert>
  );
}

/** After a check found faults: the first field at fault takes the focus, and its message is read. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** Why a sign-in failed, in words that say what to do next. */
export function signInProblem(error: unknown): string {
  if (error instanceof AccountError) {
    if (error.status === 401) {
      return "That e-mail and password do not match an account. Check both, or choose a new password.";
    }
    if (error.status === 429) {
      return error.retryAfterSeconds === undefined
        ? "Too many attempts. Wait a few minutes, then try again."
        : `Too many attempts. Wait ${waitText(error.retryAfterSeconds)}, then try again.`;
    }
    if (error.code === "EMAIL_NOT_VERIFIED") {
      return "Confirm your e-mail address first: follow the link in the message we sent you.";
    }
    if (error.code === "BANNED_USER") return "This account is disabled. Ask the server's admin.";
  }
  return errorMessage(error);
}

/** A refusal of a new password (too short, too common), or undefined when it was something else. */
export function passwordRefusal(error: unknown): string | undefined {
  if (error instanceof AccountError && error.code === "WEAK_PASSWORD") return error.detail;
  if (error instanceof AccountError && /PASSWORD_TOO_(SHORT|LONG)/.test(error.code ?? "")) {
    return error.detail;
  }
  return undefined;
}

/** What is wrong with a new password and its repetition, as the two fields' messages. */
export function newPasswordErrors(
  password: string,
  repeat: string,
  context: string[],
): { password?: string; repeat?: string } {
  const weak = passwordProblem(password, context);
  return {
    password: weak ? `The password ${weak}.` : undefined,
    repeat: repeat === password ? undefined : "The two passwords are not the same.",
  };
}

/** A new password, with the policy in plain words, and the same again. */
export function NewPasswordFields(props: {
  password: string;
  repeat: string;
  errors: { password?: string; repeat?: string };
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
}) {
  return (
    <>
      <PasswordInput
        label="New password"
        description={PASSWORD_POLICY}
        autoComplete="new-password"
        required
        value={props.password}
        error={props.errors.password}
        onChange={(event) => props.onPassword(event.currentTarget.value)}
      />
      <PasswordInput
        label="New password, again"
        autoComplete="new-password"
        required
        value={props.repeat}
        error={props.errors.repeat}
        onChange={(event) => props.onRepeat(event.currentTarget.value)}
      />
    </>
  );
}
