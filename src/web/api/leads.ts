// Leads with where each came from: the person who mentioned it, the conversation it came up in
// and the organization, read in one query for the Leads page.
import { useQuery } from "@tanstack/react-query";
import { conversationsApi } from "./conversations";
import { leadsApi } from "./insights";
import { roots } from "./keys";
import { organizationsApi } from "./organizations";
import { peopleApi } from "./people";
import type { Conversation, Lead, Organization, Person } from "./types";

export interface LeadWithSource {
  lead: Lead;
  person: Person | null;
  conversation: Conversation | null;
  organization: Organization | null;
}

async function byIds<T>(ids: (string | null)[], get: (id: string) => Promise<T>) {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const found = await Promise.all(unique.map(async (id) => [id, await get(id)] as const));
  return new Map(found);
}

export const useLeadsWithSources = () =>
  useQuery({
    queryKey: [...roots.leads, "with-sources"],
    queryFn: async (): Promise<LeadWithSource[]> => {
      const leads = await leadsApi.all();
      const [people, conversations, organizations] = await Promise.all([
        byIds(
          leads.map((l) => l.personId),
          peopleApi.get,
        ),
        byIds(
          leads.map((l) => l.conversationId),
          conversationsApi.get,
        ),
        organizationsApi.all(),
      ]);
      const orgs = new Map(organizations.map((o) => [o.id, o]));
      return leads
        .map((lead) => ({
          lead,
          person: lead.personId ? (people.get(lead.personId) ?? null) : null,
          conversation: lead.conversationId
            ? (conversations.get(lead.conversationId) ?? null)
            : null,
          organization: lead.organizationId ? (orgs.get(lead.organizationId) ?? null) : null,
        }))
        .sort((a, b) => b.lead.heardOn.localeCompare(a.lead.heardOn));
    },
  });
