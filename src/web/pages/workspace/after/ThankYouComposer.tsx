// The thank-you, within 24 hours: an email, or a card for more impact. A card needs the name
// spelled right and a mailing address, so both are checked before it can be marked sent.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { pipeline, stepTaken } from "../../../api/conversations";
import { peopleApi, personChanged } from "../../../api/people";
import { useTemplates } from "../../../api/templates";
import type { Conversation, FollowUp, Person, TemplatesView } from "../../../api/types";
import { Icon } from "../../../components/icons";
import { ErrorState, LoadingRows } from "../../../components/PageStates";
import { useToast } from "../../../components/Toasts";
import { useAction } from "../../../hooks/useAction";
import { focusWhenReady } from "../../../hooks/useFocusFlow";
import { formatInstant } from "../../../lib/dates";
import { copyText, fillTemplate, firstName, mailtoHref } from "../../../lib/templates";

type Channel = "email" | "card";

function AddressCheck({ person }: { person: Person }) {
  const [address, setAddress] = useState("");
  const save = useAction(() => peopleApi.update(person.id, { mailingAddress: address.trim() }), {
    success: "Mailing address saved.",
    stale: personChanged,
  });
  if (person.mailingAddress) {
    return (
      <Text size="sm">
        <Icon name="check" size={14} /> Mailing address: {person.mailingAddress}
      </Text>
    );
  }
  return (
    <Group gap="xs" align="flex-end">
      <TextInput
        label="Mailing address (needed for a card)"
        value={address}
        onChange={(e) => setAddress(e.currentTarget.value)}
        style={{ flex: 1 }}
      />
      <Button variant="light" disabled={!address.trim()} onClick={() => save.mutate(undefined)}>
        Save address
      </Button>
    </Group>
  );
}

interface ComposerProps {
  conversation: Conversation;
  person: Person;
  due: FollowUp | undefined;
  timeZone: string;
}

export function ThankYouComposer(props: ComposerProps) {
  const templates = useTemplates();
  if (templates.isError)
    return <ErrorState error={templates.error} retry={() => templates.refetch()} />;
  if (!templates.data) return <LoadingRows rows={3} />;
  return <ThankYouForm {...props} templates={templates.data} />;
}

function ThankYouForm({
  conversation,
  person,
  due,
  timeZone,
  templates,
}: ComposerProps & { templates: TemplatesView }) {
  const toast = useToast();
  const [channel, setChannel] = useState<Channel>("email");
  const [learned, setLearned] = useState("");
  const [spellingChecked, setSpellingChecked] = useState(false);
  const [edited, setEdited] = useState<string | null>(null);
  const values = { firstName: firstName(person.fullName), myName: templates.myName, learned };
  const generated = fillTemplate(
    channel === "card" ? templates.thankYouCard : templates.thankYouEmail,
    values,
  );
  const text = edited ?? generated;
  const email = person.emails[0];
  const addressKnown = Boolean(person.mailingAddress);
  const ready = spellingChecked && (channel === "email" || addressKnown);
  const sent = useAction(
    () => pipeline.markThanked(conversation.id, { channel, nameChecked: spellingChecked }),
    {
      success: "Thank-you recorded. Your next check-in is set.",
      stale: stepTaken,
      // Thanked: the next move is the first name they gave (its own request), else the
      // check-ins now set for them.
      onDone: () =>
        focusWhenReady(
          () =>
            document.querySelector<HTMLElement>("[aria-labelledby=captured-after-title] a[href]") ??
            document.querySelector<HTMLElement>("#next-title"),
        ),
    },
  );
  const overdue = due?.dueAt ? Date.parse(due.dueAt) < Date.now() : false;
  return (
    <Stack gap="sm">
      {due?.dueAt && (
        <Text size="sm" c={overdue ? "red.8" : undefined} fw={overdue ? 600 : 400}>
          {overdue ? "Overdue: it was due " : "Send it by "}
          {formatInstant(due.dueAt, timeZone)}.
        </Text>
      )}
      <SegmentedControl
        aria-label="Thank-you by"
        value={channel}
        onChange={(v) => {
          setChannel(v as Channel);
          setEdited(null);
        }}
        data={[
          { value: "email", label: "Email" },
          { value: "card", label: "Card (more impact)" },
        ]}
      />
      <TextInput
        label="What you took away"
        description="One concrete thing they said or you will do: it shows you listened."
        value={learned}
        onChange={(e) => setLearned(e.currentTarget.value)}
      />
      <Textarea
        label={channel === "card" ? "Card text" : "Email"}
        autosize
        minRows={7}
        value={text}
        onChange={(e) => setEdited(e.currentTarget.value)}
        data-testid="thank-you-text"
      />
      <Stack
        gap={6}
        p="sm"
        style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 8 }}
      >
        <Text size="sm" fw={600}>
          Before it goes
        </Text>
        <Checkbox
          checked={spellingChecked}
          onChange={(e) => setSpellingChecked(e.currentTarget.checked)}
          label={`The name is spelled "${person.fullName}"${person.nameNote ? ` (${person.nameNote})` : ""}`}
          description="Check it against their email signature or profile."
        />
        {channel === "card" && <AddressCheck person={person} />}
      </Stack>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          {channel === "email" && email && (
            <Button
              component="a"
              variant="default"
              href={mailtoHref(email, "Thank you", text)}
              leftSection={<Icon name="mail" size={16} />}
            >
              Open in mail app
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<Icon name="copy" size={16} />}
            onClick={async () =>
              toast({
                message: (await copyText(text)) ? "Copied." : "Copying was refused.",
                tone: "info",
              })
            }
          >
            Copy
          </Button>
        </Group>
        <Button
          onClick={() => sent.mutate(undefined)}
          disabled={!ready}
          loading={sent.isPending}
          leftSection={<Icon name="check" size={16} />}
        >
          Mark thank-you as sent
        </Button>
      </Group>
      {!ready && (
        <Alert color="gray" variant="light">
          <Text size="sm">
            {!spellingChecked
              ? "Confirm the spelling of the name to mark it sent."
              : "A card needs a mailing address."}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
