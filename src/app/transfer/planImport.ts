// Decides, row by row, what an import does: create a person, add to one already known, or
// nothing (a duplicate). Pure: it takes the people the owner has and the records of the file,
// and returns the plan a dry run reports and an import applies. Every row is counted once, so
// new + updated + duplicate + skipped + organizations is the number of rows the file has.
import type { SkippedEntry } from "../../formats/index.js";
import type { IncomingPerson, PersonFacts } from "./incomingPerson.js";
import { type Identity, PeopleIndex } from "./matchPeople.js";
import { hasChanges, mergePerson, type PersonChanges } from "./mergePerson.js";

export interface KnownPerson extends PersonFacts {
  id: string;
}

export interface ImportCounts {
  new: number;
  updated: number;
  duplicate: number;
  skipped: number;
  /** Entries that name an organization and no person, imported as the organization. */
  organizations: number;
}

export type RowAction = "new" | "update" | "duplicate";

/** What happens to one row, for the preview's first rows. */
export interface RowOutcome {
  line: number;
  action: RowAction;
  fullName: string;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  profileUrl: string | null;
}

export interface PersonUpdate {
  id: string;
  changes: PersonChanges;
  /** The person as they will be, for the search index. */
  person: PersonFacts;
}

export interface ImportPlan {
  creates: IncomingPerson[];
  updates: PersonUpdate[];
  counts: ImportCounts;
  skipped: SkippedEntry[];
  sample: RowOutcome[];
}

type Entry =
  | { kind: "new"; person: IncomingPerson }
  | { kind: "known"; id: string; person: PersonFacts; changes: PersonChanges };

function identityOf(entry: Entry): Identity {
  const { person } = entry;
  return {
    uid: entry.kind === "known" ? entry.id : entry.person.uid,
    emails: person.emails,
    profileUrl: person.profileUrl,
    fullName: person.fullName,
    organizationName: person.organizationName,
  };
}

function outcome(person: IncomingPerson, action: RowAction): RowOutcome {
  const { line, fullName, title, organizationName, emails, profileUrl } = person;
  return { line, action, fullName, title, organizationName, emails, profileUrl };
}

export function planImport(
  known: readonly KnownPerson[],
  incoming: readonly IncomingPerson[],
  skipped: readonly SkippedEntry[],
  sampleSize = 10,
): ImportPlan {
  const index = new PeopleIndex(identityOf);
  const touched: Extract<Entry, { kind: "known" }>[] = [];
  for (const { id, ...person } of known) index.add({ kind: "known", id, person, changes: {} });
  const creates: IncomingPerson[] = [];
  const counts: ImportCounts = {
    new: 0,
    updated: 0,
    duplicate: 0,
    skipped: skipped.length,
    organizations: 0,
  };
  const sample: RowOutcome[] = [];
  for (const row of incoming) {
    const entry = index.find(row);
    let action: RowAction;
    if (entry === undefined) {
      // A copy, because later rows of the same person merge into it.
      const person = { ...row };
      creates.push(person);
      index.add({ kind: "new", person });
      action = "new";
    } else {
      const changes = mergePerson(entry.person, row);
      Object.assign(entry.person, changes);
      if (entry.kind === "known" && hasChanges(changes)) {
        if (!hasChanges(entry.changes)) touched.push(entry);
        Object.assign(entry.changes, changes);
        action = "update";
      } else {
        action = "duplicate";
      }
      if (hasChanges(changes)) index.add(entry);
    }
    counts[action === "update" ? "updated" : action]++;
    if (sample.length < sampleSize) sample.push(outcome(row, action));
  }
  return {
    creates,
    updates: touched.map(({ id, changes, person }) => ({ id, changes, person })),
    counts,
    skipped: [...skipped].sort((a, b) => a.line - b.line),
    sample,
  };
}
