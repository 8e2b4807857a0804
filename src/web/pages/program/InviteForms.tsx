// Three ways to invite seekers: one address (mailed, used once), a join link for many (it expires,
// and can be kept to the school's e-mail domain), or a list of addresses pasted or uploaded,
// whose bad lines are reported by number while the good ones are invited.
import {
  Alert,
  Button,
  CopyButton,
  FileButton,
  Group,
  List,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import {
  type CsvInvitations,
  centersChanged,
  createInvitation,
  type InvitationCreated,
  inviteFromCsv,
} from "../../api/centers";
import { ApiError } from "../../api/client";
import { Icon } from "../../components/icons";
import { useAction } from "../../hooks/useAction";
import { formatDate } from "../../lib/coachingWords";

export function InviteByEmail({ programId }: { programId: string }) {
  const [email, setEmail] = useState("");
  const invite = useAction(() => createInvitation(programId, { email: email.trim() }), {
    stale: centersChanged,
    success: (created) => `Invitation mailed to ${created.email}.`,
    onDone: () => setEmail(""),
  });
  const error = invite.error instanceof ApiError ? invite.error.fieldError("email") : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate(undefined);
  }
  return (
    <form onSubmit={submit} aria-label="Invite by e-mail">
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Invite by e-mail"
          description="A personal link, mailed, used once."
          type="email"
          required
          value={email}
          error={error}
          onChange={(event) => setEmail(event.currentTarget.value)}
          style={{ flex: "1 1 240px" }}
        />
        <Button type="submit" loading={invite.isPending}>
          Send invitation
        </Button>
      </Group>
    </form>
  );
}

function CreatedLink({ created }: { created: InvitationCreated }) {
  return (
    <Alert color="teal" variant="light" title="Your join link" role="status">
      <Stack gap="xs">
        <Text size="sm">
          Copy it now: it is shown only this once. It works until {formatDate(created.expiresAt)}
          {created.emailDomain ? ` for addresses at ${created.emailDomain}` : ""}.
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text
            size="sm"
            ff="monospace"
            data-testid="join-link"
            style={{ overflowWrap: "anywhere", flex: 1 }}
          >
            {created.url}
          </Text>
          <CopyButton value={created.url}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="light"
                onClick={copy}
                leftSection={<Icon name={copied ? "check" : "copy"} size={14} />}
              >
                {copied ? "Copied" : "Copy"}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

export function JoinLinkForm({ programId }: { programId: string }) {
  const [domain, setDomain] = useState("");
  const [days, setDays] = useState<number>(14);
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const make = useAction(
    () =>
      createInvitation(programId, {
        emailDomain: domain.trim() || undefined,
        expiresInDays: days,
      }),
    { stale: centersChanged, onDone: setCreated },
  );
  const fault = (field: string) =>
    make.error instanceof ApiError ? make.error.fieldError(field) : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    make.mutate(undefined);
  }
  return (
    <Stack gap="sm">
      <form onSubmit={submit} aria-label="Make a join link">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Only addresses at"
            description="Optional: your school's domain."
            placeholder="school.edu"
            value={domain}
            error={fault("emailDomain")}
            onChange={(event) => setDomain(event.currentTarget.value)}
            style={{ flex: "1 1 180px" }}
          />
          <NumberInput
            label="Works for"
            description="Days, up to 365."
            min={1}
            max={365}
            value={days}
            error={fault("expiresInDays")}
            onChange={(value) => setDays(typeof value === "number" ? value : 14)}
            w={130}
          />
          <Button type="submit" loading={make.isPending}>
            Make a join link
          </Button>
        </Group>
      </form>
      {created && <CreatedLink created={created} />}
    </Stack>
  );
}

function CsvOutcome({ result }: { result: CsvInvitations }) {
  return (
    <Stack gap="xs" role="status">
      <Text size="sm">
        {result.invited.length} invited
        {result.errors.length > 0 ? `, ${result.errors.length} line(s) not:` : "."}
      </Text>
      {result.errors.length > 0 && (
        <Alert color="orange" variant="light" title="Lines not invited">
          <List size="sm" spacing={2}>
            {result.errors.map((error) => (
              <List.Item key={`${error.line}-${error.message}`}>
                Line {error.line}: {error.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

export function CsvInvite({ programId }: { programId: string }) {
  const [csv, setCsv] = useState("");
  const [result, setResult] = useState<CsvInvitations | null>(null);
  const invite = useAction(() => inviteFromCsv(programId, csv), {
    stale: centersChanged,
    onDone: (outcome) => {
      setResult(outcome);
      if (outcome.errors.length === 0) setCsv("");
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate(undefined);
  }
  return (
    <form onSubmit={submit} aria-label="Invite a list">
      <Stack gap="sm">
        <Textarea
          label="Invite a list of addresses"
          description="One address a line, or a CSV with an email column. Each gets a personal invitation."
          autosize
          minRows={3}
          maxRows={10}
          value={csv}
          onChange={(event) => setCsv(event.currentTarget.value)}
        />
        <Group gap="xs">
          <FileButton
            accept=".csv,text/csv,text/plain"
            onChange={(file) => {
              void file?.text().then(setCsv);
            }}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<Icon name="upload" size={16} />}>
                Choose a CSV file
              </Button>
            )}
          </FileButton>
          <Button type="submit" loading={invite.isPending} disabled={csv.trim() === ""}>
            Invite everyone listed
          </Button>
        </Group>
        {result && <CsvOutcome result={result} />}
      </Stack>
    </form>
  );
}
