// Writing the request: the template's parts filled in, editable, then sent through the mail
// app or copied for LinkedIn and the like. Copying or opening the mail app records nothing: only
// "I sent it" records the attempt, so a copy never uses up one of the three.
import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { realAttemptCount } from "../../../domain/attempts.js";
import { ATTEMPT_CHANNELS, type AttemptChannel } from "../../../domain/vocabulary.js";
import { pipeline, stepTaken } from "../../api/conversations";
import { saveTemplates, templatesChanged, useTemplates } from "../../api/templates";
import type { TemplatesView } from "../../api/types";
import { Icon } from "../../components/icons";
import { ErrorState, LoadingRows } from "../../components/PageStates";
import { useToast } from "../../components/Toasts";
import { useAction } from "../../hooks/useAction";
import { focusNext } from "../../hooks/useFocusFlow";
import { CHANNEL_LABEL } from "../../lib/labels";
import { copyText, fillTemplate, mailtoHref } from "../../lib/templates";
import { HandEditNotice } from "./HandEditNotice";
import { howIFoundYou, requestValues, whyYes, whyYou } from "./requestText";
import type { OutreachFacts } from "./useOutreach";

export function RequestComposer({
  facts,
  maxAttempts,
}: {
  facts: OutreachFacts;
  maxAttempts: number;
}) {
  const templates = useTemplates();
  if (templates.isError)
    return <ErrorState error={templates.error} retry={() => templates.refetch()} />;
  if (!templates.data) return <LoadingRows rows={4} />;
  return <Composer facts={facts} maxAttempts={maxAttempts} templates={templates.data} />;
}

function Composer({
  facts,
  maxAttempts,
  templates,
}: {
  facts: OutreachFacts;
  maxAttempts: number;
  templates: TemplatesView;
}) {
  const toast = useToast();
  const [myName, setMyName] = useState(templates.myName);
  const [found, setFound] = useState(() => howIFoundYou(facts));
  const [why, setWhy] = useState(() => whyYou(facts));
  const [yes, setYes] = useState(() => whyYes(facts));
  const values = requestValues(facts, { howIFoundYou: found, whyYou: why, whyYes: yes, myName });
  const generated = fillTemplate(templates.request, values);
  const [edited, setEdited] = useState<string | null>(null);
  // What the fields made of the message when the person first edited it by hand.
  const [editedFrom, setEditedFrom] = useState<string | null>(null);
  const body = edited ?? generated;
  const remerge = () => {
    setEdited(null);
    setEditedFrom(null);
    focusNext("[data-testid=request-body]");
  };
  const [subject, setSubject] = useState(() => fillTemplate(templates.requestSubject, values));
  const email = facts.person.emails[0];
  const [channel, setChannel] = useState<AttemptChannel>(email ? "email" : "linkedin");
  const next = realAttemptCount(facts.attempts) + 1;
  const record = useAction(
    (sentBy: AttemptChannel) =>
      pipeline.recordAttempt(facts.conversation.id, {
        channel: sentBy,
        message: `${subject}\n\n${body}`,
      }),
    {
      success: (a) =>
        `Attempt ${a.number} of ${maxAttempts} recorded. We will remind you to follow up.`,
      stale: stepTaken,
      // Sent: the next thing to do here is note their answer.
      onDone: () => focusNext("[data-answer-yes]"),
    },
  );
  const keepName = useAction(() => saveTemplates({ myName }), { stale: templatesChanged });
  const rememberName = () => {
    if (myName !== templates.myName) keepName.mutate(undefined);
  };
  const copy = async () => {
    rememberName();
    const ok = await copyText(channel === "email" ? `${subject}\n\n${body}` : body);
    toast({
      message: ok
        ? 'Copied. Paste it where you send it, then press "I sent it".'
        : "Copying was refused; select the text.",
      tone: ok ? "info" : "error",
    });
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea
          label="How I found you"
          autosize
          minRows={2}
          value={found}
          onChange={(e) => setFound(e.currentTarget.value)}
        />
        <Textarea
          label="Why you"
          description="Tie their experience to your interest."
          autosize
          minRows={2}
          value={why}
          onChange={(e) => setWhy(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        label="Why they might say yes"
        description="A future colleague or applicant, the wish to give back, a school in common."
        autosize
        minRows={2}
        value={yes}
        onChange={(e) => setYes(e.currentTarget.value)}
      />
      <TextInput
        label="Your name (signature)"
        value={myName}
        onChange={(e) => setMyName(e.currentTarget.value)}
        onBlur={rememberName}
      />
      <TextInput
        label="Subject"
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
      />
      <Textarea
        label="Message"
        autosize
        minRows={10}
        value={body}
        onChange={(e) => {
          if (edited === null) setEditedFrom(generated);
          setEdited(e.currentTarget.value);
        }}
        data-testid="request-body"
      />
      {edited !== null && (
        <HandEditNotice fieldsChanged={editedFrom !== generated} onRemerge={remerge} />
      )}
      {!facts.pitch?.whoIAm && (
        <Alert color="yellow" variant="light">
          <Text size="sm">
            Your pitch is empty, so "who I am" is short. Write the pitch on the target's page and it
            will fill this in.
          </Text>
        </Alert>
      )}
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label="Sent by"
          w={160}
          data={ATTEMPT_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABEL[c] }))}
          value={channel}
          onChange={(v) => v && setChannel(v as AttemptChannel)}
          allowDeselect={false}
        />
        <Group gap="xs">
          <Button variant="default" onClick={copy} leftSection={<Icon name="copy" size={16} />}>
            Copy
          </Button>
          {email && (
            <Button
              component="a"
              variant="default"
              href={mailtoHref(email, subject, body)}
              onClick={rememberName}
              leftSection={<Icon name="mail" size={16} />}
            >
              Open in mail app
            </Button>
          )}
          <Button
            onClick={() => {
              rememberName();
              record.mutate(channel);
            }}
            loading={record.isPending}
            leftSection={<Icon name="check" size={16} />}
          >
            I sent it (attempt {next})
          </Button>
        </Group>
      </Group>
      {!email && (
        <Text size="xs" c="dimmed">
          No email address for {facts.person.fullName}: copy the text and send it another way, or
          add an address on their page.
        </Text>
      )}
    </Stack>
  );
}
