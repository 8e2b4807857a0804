// What a file's own organization entries do: create an organization, or add a website and
// notes to one of the same name. The rule is the people's: never overwrite, and notes gain
// only text they do not hold yet, so the same file twice changes nothing the second time.
import type { IncomingOrganization } from "./incomingOrganization.js";
import { LIMITS } from "./incomingPerson.js";
import { organizationKey } from "./normalise.js";

export interface KnownOrganization {
  id: string;
  name: string;
  website: string | null;
  notes: string;
}

export interface OrganizationPlan {
  creates: IncomingOrganization[];
  updates: { id: string; website?: string; notes?: string }[];
  /** Rows that were organization entries, each counted once. */
  rows: number;
}

function addedNotes(have: string, add: string): string | undefined {
  const text = add.trim();
  if (text === "" || have.includes(text)) return undefined;
  const merged = have.trim() === "" ? text : `${have}\n\n${text}`;
  return merged.length > LIMITS.notes ? undefined : merged;
}

interface Entry {
  /** The organization the owner has, or null for one this import creates. */
  known: KnownOrganization | null;
  /** The organization as it will be. */
  facts: { website: string | null; notes: string };
}

export function planOrganizations(
  known: readonly KnownOrganization[],
  incoming: readonly IncomingOrganization[],
): OrganizationPlan {
  const byKey = new Map<string, Entry>();
  for (const organization of known) {
    const key = organizationKey(organization.name);
    if (!byKey.has(key)) byKey.set(key, { known: organization, facts: { ...organization } });
  }
  const creates: IncomingOrganization[] = [];
  const changed = new Map<string, { id: string; website?: string; notes?: string }>();
  for (const row of incoming) {
    const key = organizationKey(row.name);
    const entry = byKey.get(key);
    if (entry === undefined) {
      // A copy, so later rows of the same organization add to what is created.
      const created = { ...row };
      creates.push(created);
      byKey.set(key, { known: null, facts: created });
      continue;
    }
    const website = entry.facts.website === null && row.website !== null ? row.website : undefined;
    const notes = addedNotes(entry.facts.notes, row.notes);
    if (website !== undefined) entry.facts.website = website;
    if (notes !== undefined) entry.facts.notes = notes;
    if (entry.known !== null && (website !== undefined || notes !== undefined)) {
      const update = changed.get(entry.known.id) ?? { id: entry.known.id };
      if (website !== undefined) update.website = website;
      if (notes !== undefined) update.notes = notes;
      changed.set(entry.known.id, update);
    }
  }
  return { creates, updates: [...changed.values()], rows: incoming.length };
}
