// How an imported record adds to a person already known. The rule is "never lose what the
// database has": empty fields are filled, lists gain what is new, a value already there is
// never overwritten, and notes gain the new text only when it is not already in them.
import { type IncomingPerson, LIMITS, NAME_PARTS, type PersonFacts } from "./incomingPerson.js";
import { emailKey, phoneKey } from "./normalise.js";

export type PersonChanges = Partial<PersonFacts>;

const FILLABLE = ["title", "organizationName", "mailingAddress", "profileUrl"] as const;

/** The list with the new values appended (compared by key), or null when nothing is new. */
function union(
  have: readonly string[],
  add: readonly string[],
  key: (value: string) => string,
  limit: number,
): string[] | null {
  const seen = new Set(have.map(key));
  const out = [...have];
  for (const value of add) {
    const k = key(value);
    if (seen.has(k) || out.length >= limit) continue;
    seen.add(k);
    out.push(value);
  }
  return out.length === have.length ? null : out;
}

function mergedNotes(have: string, add: string): string | null {
  const text = add.trim();
  if (text === "" || have.includes(text)) return null;
  const merged = have.trim() === "" ? text : `${have}\n\n${text}`;
  return merged.length > LIMITS.notes ? null : merged;
}

/** What `incoming` adds to `existing`; an empty object when it adds nothing. */
export function mergePerson(
  existing: PersonFacts,
  incoming: PersonFacts | IncomingPerson,
): PersonChanges {
  const changes: PersonChanges = {};
  for (const field of FILLABLE) {
    const value = incoming[field];
    if ((existing[field] ?? "") === "" && value !== null && value !== "") changes[field] = value;
  }
  // The parts describe one name together, so they are taken whole or not at all.
  const hasParts = (facts: PersonFacts) => NAME_PARTS.some((part) => (facts[part] ?? "") !== "");
  if (!hasParts(existing) && hasParts(incoming)) {
    for (const part of NAME_PARTS) changes[part] = incoming[part];
  }
  const emails = union(existing.emails, incoming.emails, emailKey, LIMITS.emails);
  if (emails) changes.emails = emails;
  const phones = union(existing.phones, incoming.phones, phoneKey, LIMITS.phones);
  if (phones) changes.phones = phones;
  const tags = union(existing.tags, incoming.tags, (tag) => tag.toLowerCase(), LIMITS.tags);
  if (tags) changes.tags = tags;
  if (existing.howKnown === "other" && incoming.howKnown !== "other") {
    changes.howKnown = incoming.howKnown;
  }
  if (existing.degree === "none" && incoming.degree !== "none") changes.degree = incoming.degree;
  const notes = mergedNotes(existing.notes, incoming.notes);
  if (notes !== null) changes.notes = notes;
  return changes;
}

export function hasChanges(changes: PersonChanges): boolean {
  return Object.keys(changes).length > 0;
}
