// Everything the request needs about one conversation: the person, where they work, the
// target, the pitch (for "who I am"), the attempts so far, and who introduced us.
import { useQuery } from "@tanstack/react-query";
import { attemptsApi } from "../../api/attempts";
import { conversationKeys, conversationsApi } from "../../api/conversations";
import { followUpsApi } from "../../api/followUps";
import { organizationsApi } from "../../api/organizations";
import { peopleApi } from "../../api/people";
import { referralsApi } from "../../api/referrals";
import { getPitch, targetsApi } from "../../api/targets";
import type {
  Attempt,
  Conversation,
  FollowUp,
  Organization,
  Person,
  Pitch,
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
    queryKey: conversationKeys.outreach(conversationId),
    queryFn: async (): Promise<OutreachFacts> => {
      const conversation = await conversationsApi.get(conversationId);
      const person = await peopleApi.get(conversation.personId);
      const [organization, target, pitch, attempts, referrals, followUps] = await Promise.all([
        person.organizationId ? organizationsApi.get(person.organizationId) : null,
        conversation.targetId ? targetsApi.get(conversation.targetId) : null,
        conversation.targetId ? getPitch(conversation.targetId) : null,
        attemptsApi.all({ conversationId }),
        referralsApi.all({ personId: person.id }),
        followUpsApi.all({ conversationId }),
      ]);
      const referral = referrals[0];
      const introducer = referral
        ? {
            person: await peopleApi.get(referral.fromPersonId),
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
