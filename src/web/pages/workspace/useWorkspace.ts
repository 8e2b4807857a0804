// What every step of a conversation needs: its preparation (agenda, picked questions, budget),
// the person, their organization, and the target with its pitch.
import { useEntity, usePitch, usePreparation } from "../../api/queries";
import type { Organization, Person, Target } from "../../api/types";

export function useWorkspace(conversationId: string) {
  const preparation = usePreparation(conversationId);
  const conversation = preparation.data?.conversation;
  const person = useEntity<Person>("people", conversation?.personId);
  const organization = useEntity<Organization>("organizations", person.data?.organizationId);
  const target = useEntity<Target>("targets", conversation?.targetId);
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
