// The door in server mode. Local mode passes straight through to the app, as it always did.
// With accounts: without a session only the sign-in pages are reachable, and any other address
// goes to Sign in, which comes back to it afterwards; a 401 from any call (the session expired
// or was ended from another device) does the same, and nothing cached from the session stays.
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, Suspense, useEffect } from "react";
import { Redirect, useLocation, useSearch } from "wouter";
import { type AccountState, accountKeys, signedOutState, useAccountState } from "../../api/account";
import { whenSignedOut } from "../../api/client";
import { ErrorState, Loading } from "../../components/PageStates";
import { lazyPage } from "../../lib/lazyPage";
import { AuthFrame } from "./AuthFrame";
import { AccountContext } from "./accountContext";

const SignInPage = lazyPage(() => import("./SignInPage"), "SignInPage");
const ForgotPasswordPage = lazyPage(() => import("./ForgotPasswordPage"), "ForgotPasswordPage");
const AcceptInvitationPage = lazyPage(() => import("./NewPasswordPages"), "AcceptInvitationPage");
const ResetPasswordPage = lazyPage(() => import("./NewPasswordPages"), "ResetPasswordPage");
// An invitation to a program opens with or without a session: it says what joining shares first.
const JoinPage = lazyPage(() => import("../join/JoinPage"), "JoinPage");

const PUBLIC_PAGES: Record<string, ReturnType<typeof lazyPage>> = {
  "/sign-in": SignInPage,
  "/forgot-password": ForgotPasswordPage,
  "/accept-invitation": AcceptInvitationPage,
  "/reset-password": ResetPasswordPage,
  "/join": JoinPage,
};

/** Where to go after signing in: an address of this app, never another site. */
export function safeNext(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/** Drops every answer cached for the session that ended, so the next person sees none of it. */
export function forgetSessionData(client: QueryClient): void {
  void client.cancelQueries();
  client.removeQueries({
    predicate: (query) => query.queryKey.join("/") !== accountKeys.state.join("/"),
  });
}

export function setAccountState(client: QueryClient, state: AccountState): void {
  forgetSessionData(client);
  client.setQueryData(accountKeys.state, state);
}

export function AccountGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const state = useAccountState();
  const [location] = useLocation();
  const search = useSearch();

  useEffect(() => {
    whenSignedOut(() => {
      const current = client.getQueryData<AccountState>(accountKeys.state);
      if (current?.mode === "server" && current.signedIn === null) return;
      setAccountState(client, signedOutState());
    });
    return () => whenSignedOut(undefined);
  }, [client]);

  if (state.isPending) return <Loading />;
  if (state.isError) {
    return (
      <AuthFrame title="Inroads cannot start">
        <ErrorState error={state.error} retry={() => void state.refetch()} />
      </AuthFrame>
    );
  }
  const account = state.data;
  if (account.mode === "local") {
    return <AccountContext.Provider value={account}>{children}</AccountContext.Provider>;
  }
  const Page = PUBLIC_PAGES[location];
  if (Page) {
    if (location === "/sign-in" && account.signedIn)
      return <Redirect to={safeNext(search)} replace />;
    return (
      <AccountContext.Provider value={account}>
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      </AccountContext.Provider>
    );
  }
  if (!account.signedIn) {
    const here = location + (search ? `?${search}` : "");
    return (
      <Redirect
        to={here === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(here)}`}
        replace
      />
    );
  }
  return <AccountContext.Provider value={account}>{children}</AccountContext.Provider>;
}
