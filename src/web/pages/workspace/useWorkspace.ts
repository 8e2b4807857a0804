// What every step of a conversation needs: its preparation (agenda, picked questions, budget),
// the person, their organization, and the target with its pitch.

import { usePreparation } from "../../api/conversations";
import { organizationsApi } from "../../api/organizations";
import { peopleApi } from "../../api/people";
import { useOne } from "../../api/resource";
import { targetsApi, usePitch } from "../../api/targets";

export function useWorkspace(conversationId: string) {
  const preparation = usePreparation(conversationId);
  const conversation = preparation.data?.conversation;
  const person = useOne(peopleApi, conversation?.personId);
  const organization = useOne(organizationsApi, person.data?.organizationId);
  const target = useOne(targetsApi, conversation?.targetId);
  const pitch = usePitch(conversation?.targetId);
  const ready = Boolean(preparation.data && person.data);
  return {
    ready,
    error: preparation.error ?? person.error,
    preparation: preparation.data,
    person: person.data,
    organization: organization.data ?? null,
    target: target.data ?? null,
    pitch: pitch.data ?? null,
    refetch: () => preparation.refetch(),
  };
}

export type Workspace = ReturnType<typeof useWorkspace>;
