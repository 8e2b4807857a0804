// The page an invitation opens, with or without a session: which program, who runs it and why,
// and what joining shares (a name and an e-mail, nothing else). Then the way in that fits:
// Join when signed in; a new account for a personal invitation (or sign in); the e-mail form
// for a join link, which mails a personal invitation.
import { List, Stack, Text } from "@mantine/core";
import { useSearch } from "wouter";
import { usePreview } from "../../api/coaching";
import { Loading } from "../../components/PageStates";
import { formatDate } from "../../lib/coachingWords";
import { AuthFrame } from "../account/AuthFrame";
import { useAccount } from "../account/accountContext";
import { FormAlert } from "../account/formParts";
import { JoinByMail, JoinSignedIn, JoinWithNewAccount } from "./JoinForms";

export function JoinPage() {
  const search = useSearch();
  const token = new URLSearchParams(search).get("token") ?? "";
  const account = useAccount();
  const signedIn = account.mode === "server" ? account.signedIn : null;
  const preview = usePreview(token);
  const signInHref = `/sign-in?next=${encodeURIComponent(`/join?${search}`)}`;

  if (!token || preview.isError) {
    return (
      <AuthFrame title="Join a program" links={[{ href: "/sign-in", label: "Sign in" }]}>
        <FormAlert>
          {token
            ? "This invitation has expired, was used already or was revoked. Ask whoever sent it for a new one."
            : "This link is incomplete: open the whole link from the message, or copy all of it into the address bar."}
        </FormAlert>
      </AuthFrame>
    );
  }
  if (!preview.data) return <Loading />;
  const p = preview.data;
  const personal = p.email !== null;
  return (
    <AuthFrame
      title={`Join ${p.programName}`}
      description={`${p.centerName} invites you, ${formatDate(p.startsOn)} to ${formatDate(p.endsOn)}.`}
      links={
        signedIn
          ? [{ href: "/", label: "Not now: go to Today" }]
          : [{ href: signInHref, label: "I have an account: sign in" }]
      }
    >
      <Stack gap="xs">
        <Text size="sm">
          <Text span fw={600}>
            Why they ask:
          </Text>{" "}
          {p.purpose}
        </Text>
        <Text size="sm" fw={600}>
          What joining shares
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{p.shares}</List.Item>
          <List.Item>
            Nothing else until you choose it, scope by scope: progress, pipeline, notes, contacts.
          </List.Item>
          <List.Item>
            You see each time their staff look, and can take it back at any time.
          </List.Item>
        </List>
        <Text size="xs" c="dimmed">
          This invitation works until {formatDate(p.expiresAt)}
          {personal ? ` for ${p.email}` : p.emailDomain ? ` for addresses at ${p.emailDomain}` : ""}
          .
        </Text>
      </Stack>
      {signedIn ? (
        <JoinSignedIn token={token} programName={p.programName} />
      ) : personal && p.email ? (
        <JoinWithNewAccount token={token} email={p.email} />
      ) : (
        <JoinByMail token={token} domain={p.emailDomain} />
      )}
    </AuthFrame>
  );
}
