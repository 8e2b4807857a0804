// Everything the request needs about one conversation: the person, where they work, the
// target, the pitch (for "who I am"), the attempts so far, and who introduced us.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { fetchAll } from "../../api/queries";
import type {
  Attempt,
  Conversation,
  FollowUp,
  Organization,
  Person,
  Pitch,
  Referral,
  Target,
} from "../../api/types";

export interface OutreachFacts {
  conversation: Conversation;
  person: Person;
  organization: Organization | null;
  target: Target | null;
  pitch: Pitch | null;
  attempts: Attempt[];
  introducer: { person: Person; mayUseName: boolean } | null;
  retry: FollowUp | null;
}

export function useOutreach(conversationId: string) {
  return useQuery({
    queryKey: ["conversations", "outreach", conversationId],
    queryFn: async (): Promise<OutreachFacts> => {
      const conversation = await api.get<Conversation>(`/api/conversations/${conversationId}`);
      const person = await api.get<Person>(`/api/people/${conversation.personId}`);
      const [organization, target, pitch, attempts, referrals, followUps] = await Promise.all([
        person.organizationId
          ? api.get<Organization>(`/api/organizations/${person.organizationId}`)
          : null,
        conversation.targetId ? api.get<Target>(`/api/targets/${conversation.targetId}`) : null,
        conversation.targetId
          ? api.get<Pitch>(`/api/targets/${conversation.targetId}/pitch`)
          : null,
        fetchAll<Attempt>("attempts", { conversationId }),
        fetchAll<Referral>("referrals", { personId: person.id }),
        fetchAll<FollowUp>("follow-ups", { conversationId }),
      ]);
      const referral = referrals[0];
      const introducer = referral
        ? {
            person: await api.get<Person>(`/api/people/${referral.fromPersonId}`),
            mayUseName: referral.mayUseName,
          }
        : null;
      attempts.sort((a, b) => a.number - b.number);
      const retry =
        followUps.find((f) => !f.doneAt && (f.kind === "retry" || f.kind === "close_outreach")) ??
        null;
      return { conversation, person, organization, target, pitch, attempts, introducer, retry };
    },
  });
}
