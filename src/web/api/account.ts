// Accounts as the web app sees them: which mode the server runs in, who is signed in, and the
// account's calls (served by better-auth under /api/auth). better-auth refuses with
// {code, message} rather than a problem document, and its refusals are part of a form's
// conversation (a wrong password is a 401 that must not send anyone anywhere), so these calls
// have their own fetch and never trigger the app-wide "signed out" handling of client.ts.
import { useQuery } from "@tanstack/react-query";
import { ApiError, offlineError } from "./client";
import { exportHref } from "./transfer";

const AUTH = "/api/auth";

export interface AccountUser {
  id: string;
  email: string;
  name: string;
  role?: string | null;
}

/** One signed-in browser or program, as the sessions list shows it. */
export interface AccountSession {
  id: string;
  token: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  ipAddress?: string | null;
  userAgent?: string | null;
}

export type AccountState =
  | { mode: "local" }
  | { mode: "server"; signedIn: null }
  | { mode: "server"; signedIn: { user: AccountUser; sessionId: string } };

export const accountKeys = {
  root: ["account"],
  state: ["account", "state"],
  sessions: ["account", "sessions"],
} as const;

/** A refusal from the accounts server: its code (WEAK_PASSWORD…) and how long to wait, if said. */
export class AccountError extends ApiError {
  constructor(
    status: number,
    detail: string,
    readonly code: string | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(status, "Refused", detail, []);
    this.name = "AccountError";
  }
}

async function refusal(response: Response): Promise<AccountError> {
  const header = response.headers.get("retry-after") ?? response.headers.get("x-retry-after");
  const wait = header !== null && /^\d+$/.test(header) ? Number(header) : undefined;
  let body: { code?: unknown; message?: unknown; detail?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // No JSON: the status says enough below.
  }
  const text = [body.message, body.detail].find((v): v is string => typeof v === "string");
  return new AccountError(
    response.status,
    text ?? response.statusText,
    typeof body.code === "string" ? body.code : undefined,
    wait,
  );
}

async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(AUTH + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw offlineError();
  }
  if (!response.ok) throw await refusal(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}

// Which mode. Local mode has no /api/auth at all, and a 404 there would be a failed request on
// every start of every local app, so the server is asked about sessions only once this browser
// has seen it run with accounts (remembered per address). Until then, a data route tells: only
// server mode answers 401.
const SEEN_ACCOUNTS = "inroads.accounts";

function remember(seen: boolean): void {
  try {
    if (seen) localStorage.setItem(SEEN_ACCOUNTS, "1");
    else localStorage.removeItem(SEEN_ACCOUNTS);
  } catch {
    // Storage blocked: the mode is found again next time.
  }
}

function seenAccounts(): boolean {
  try {
    return localStorage.getItem(SEEN_ACCOUNTS) === "1";
  } catch {
    return false;
  }
}

interface SessionAnswer {
  session: { id: string };
  user: AccountUser;
}

async function sessionState(): Promise<AccountState | undefined> {
  const response = await fetch(`${AUTH}/get-session`).catch(() => {
    throw offlineError();
  });
  if (response.status === 404) {
    await response.text();
    return undefined;
  }
  if (!response.ok) throw await refusal(response);
  const answer = (await response.json()) as SessionAnswer | null;
  return {
    mode: "server",
    signedIn: answer ? { user: answer.user, sessionId: answer.session.id } : null,
  };
}

export async function detectAccount(): Promise<AccountState> {
  if (seenAccounts()) {
    const state = await sessionState();
    if (state) return state;
    remember(false);
    return { mode: "local" };
  }
  const probe = await fetch("/api/settings").catch(() => {
    throw offlineError();
  });
  // Read to the end: an answer left unread keeps its request open.
  await probe.text();
  return probe.status === 401 ? signedOutState() : { mode: "local" };
}

/** What a 401 or a sign-out leaves: server mode, nobody signed in. */
export function signedOutState(): AccountState {
  remember(true);
  return { mode: "server", signedIn: null };
}

export const useAccountState = () =>
  useQuery({
    queryKey: accountKeys.state,
    queryFn: detectAccount,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** Who is signed in, asked of the server again (after signing in, or a change of name). */
export async function refreshedState(): Promise<AccountState> {
  remember(true);
  return (await sessionState()) ?? { mode: "local" };
}

export const signIn = (email: string, password: string) =>
  call<unknown>("POST", "/sign-in/email", { email, password });

export const signOut = () => call<unknown>("POST", "/sign-out", {});

/** Always the same answer, whether an account has this address or not. */
export const requestPasswordReset = (email: string) =>
  call<unknown>("POST", "/request-password-reset", { email });

/** Sets the password an invitation or a reset link allows (the link's token). */
export const setPasswordWithToken = (token: string, newPassword: string) =>
  call<unknown>("POST", "/reset-password", { token, newPassword });

/** Ends every other session too (the server insists). */
export const changePassword = (currentPassword: string, newPassword: string) =>
  call<unknown>("POST", "/change-password", { currentPassword, newPassword });

export const updateName = (name: string) => call<unknown>("POST", "/update-user", { name });

export const useSessions = () =>
  useQuery({
    queryKey: accountKeys.sessions,
    queryFn: async () =>
      (await call<AccountSession[]>("GET", "/list-sessions")).toSorted((a, b) =>
        b.updatedAt.localeCompare(a.updatedAt),
      ),
  });

export const revokeSession = (token: string) => call<unknown>("POST", "/revoke-session", { token });

export const deleteAccount = (password: string) =>
  call<unknown>("POST", "/delete-user", { password });

/** The backup offered before an account is deleted: everything, to restore elsewhere. */
export const backupHref = exportHref("json");

/** "5 minutes", "40 seconds": how long a locked sign-in waits. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
