// The person page's actions: ask for (or continue) a conversation, edit, delete.
import { Button, Drawer, Group, Menu } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useLocation } from "wouter";
import { conversationAdded, conversationsApi } from "../../api/conversations";
import { roots } from "../../api/keys";
import { organizationIdFor } from "../../api/organizations";
import { peopleApi, personChanged, personKeys, personRemoved } from "../../api/people";
import type { Conversation, Person } from "../../api/types";
import { ConfirmDelete } from "../../components/ConfirmDelete";
import { Icon } from "../../components/icons";
import {
  draftOf,
  type PersonDraft,
  PersonForm,
  personBody,
} from "../../components/person/PersonForm";
import { useAction } from "../../hooks/useAction";
import { isOpenRequest, nextStepHref, nextStepLabel } from "../../lib/conversationLinks";
import { TargetChooser, useTargetChoice } from "./AskConversation";

export function PersonActions({
  person,
  organizationName,
  conversations,
  saidYes = false,
}: {
  person: Person;
  organizationName: string;
  conversations: Conversation[];
  /** They said yes to the open request: its next step is the calendar. */
  saidYes?: boolean;
}) {
  const [, navigate] = useLocation();
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const [choosing, choose] = useDisclosure(false);
  const open = conversations.find((c) => isOpenRequest(c.status));
  const choice = useTargetChoice(person);
  const ask = useAction(
    (targetId: string | null) => conversationsApi.create({ personId: person.id, targetId }),
    { onDone: (c) => navigate(`/outreach/${c.id}`), stale: conversationAdded },
  );
  // One target or none: nothing to choose, the conversation goes under it.
  const startAsking = () => {
    const targets = choice.data?.targets ?? [];
    if (targets.length >= 2) choose.open();
    else ask.mutate(choice.data?.suggested ?? null);
  };
  const save = useAction(
    async (draft: PersonDraft) =>
      peopleApi.update(
        person.id,
        personBody(draft, await organizationIdFor(draft.organizationName)),
      ),
    { success: "Saved.", onDone: edit.close, stale: [...personChanged, roots.organizations] },
  );
  const remove = useAction(() => peopleApi.remove(person.id), {
    success: `${person.fullName} was deleted.`,
    stale: personRemoved,
    onDone: () => navigate("/people"),
    leaves: true,
    gone: [peopleApi.keys.one(person.id), personKeys.timeline(person.id)],
  });
  return (
    <>
      <Group gap="xs">
        {open ? (
          <Button onClick={() => navigate(nextStepHref(open.id, open.status))}>
            {nextStepLabel(open.status, saidYes)}
          </Button>
        ) : (
          <Button
            onClick={startAsking}
            loading={ask.isPending || choice.isPending}
            leftSection={<Icon name="outreach" size={16} />}
          >
            Ask for a conversation
          </Button>
        )}
        <Button variant="default" onClick={edit.open} leftSection={<Icon name="edit" size={16} />}>
          Edit
        </Button>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="subtle" color="gray" aria-label="More actions" px={8}>
              •••
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item color="red" leftSection={<Icon name="trash" size={14} />} onClick={del.open}>
              Delete person
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Drawer
        opened={editing}
        onClose={edit.close}
        title={`Edit ${person.fullName}`}
        position="right"
        size="lg"
      >
        {editing && (
          <PersonForm
            initial={draftOf(person, organizationName)}
            submitLabel="Save"
            onSubmit={(draft) => save.mutate(draft)}
            onCancel={edit.close}
            busy={save.isPending}
            error={save.error}
          />
        )}
      </Drawer>
      {choosing && choice.data && (
        <TargetChooser
          person={person}
          targets={choice.data.targets}
          suggested={choice.data.suggested}
          opened
          busy={ask.isPending}
          onClose={choose.close}
          onChoose={(targetId) => ask.mutate(targetId)}
        />
      )}
      <ConfirmDelete
        opened={deleting}
        title={`Delete ${person.fullName}?`}
        onClose={del.close}
        onConfirm={() => remove.mutate(undefined)}
        busy={remove.isPending}
      >
        Their conversations, attempts, follow-ups and touchpoints go with them. This cannot be
        undone; a backup (inroads backup) can bring them back.
      </ConfirmDelete>
    </>
  );
}
