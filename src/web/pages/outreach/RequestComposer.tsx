// Writing the request: the template's parts filled in, editable, then sent through the mail
// app or copied for LinkedIn and the like. Sending records the attempt.
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
import { ATTEMPT_CHANNELS, type AttemptChannel } from "../../../domain/vocabulary.js";
import { pipeline, stepTaken } from "../../api/conversations";
import { Icon } from "../../components/icons";
import { useToast } from "../../components/Toasts";
import { useAction } from "../../hooks/useAction";
import { CHANNEL_LABEL } from "../../lib/labels";
import {
  copyText,
  fillTemplate,
  loadTemplates,
  mailtoHref,
  saveTemplates,
} from "../../lib/templates";
import { howIFoundYou, requestValues, whyYou } from "./requestText";
import type { OutreachFacts } from "./useOutreach";

export function RequestComposer({
  facts,
  maxAttempts,
}: {
  facts: OutreachFacts;
  maxAttempts: number;
}) {
  const templates = loadTemplates();
  const toast = useToast();
  const [myName, setMyName] = useState(templates.myName);
  const [found, setFound] = useState(() => howIFoundYou(facts));
  const [why, setWhy] = useState(() => whyYou(facts));
  const values = requestValues(facts, { howIFoundYou: found, whyYou: why, myName });
  const generated = fillTemplate(templates.request, values);
  const [edited, setEdited] = useState<string | null>(null);
  const body = edited ?? generated;
  const [subject, setSubject] = useState(() => fillTemplate(templates.requestSubject, values));
  const email = facts.person.emails[0];
  const [channel, setChannel] = useState<AttemptChannel>(email ? "email" : "linkedin");
  const next = facts.attempts.length + 1;
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
    },
  );
  const rememberName = () => {
    if (myName !== templates.myName) saveTemplates({ ...templates, myName });
  };
  const copy = async () => {
    rememberName();
    const ok = await copyText(channel === "email" ? `${subject}\n\n${body}` : body);
    toast({
      message: ok ? "Copied. Paste it where you send it." : "Copying was refused; select the text.",
      tone: ok ? "info" : "error",
    });
    record.mutate(channel);
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
        onChange={(e) => setEdited(e.currentTarget.value)}
        data-testid="request-body"
      />
      {edited !== null && (
        <Group>
          <Button size="xs" variant="subtle" onClick={() => setEdited(null)}>
            Start again from the template
          </Button>
        </Group>
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
          <Button
            variant="default"
            onClick={copy}
            loading={record.isPending}
            leftSection={<Icon name="copy" size={16} />}
          >
            Copy and record attempt {next}
          </Button>
          {email && (
            <Button
              component="a"
              href={mailtoHref(email, subject, body)}
              onClick={() => {
                rememberName();
                record.mutate("email");
              }}
              leftSection={<Icon name="mail" size={16} />}
            >
              Open in mail app
            </Button>
          )}
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
