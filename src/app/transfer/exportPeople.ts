// People as contacts other programs read: our CSV and vCard 3.0/4.0. Each contact carries the
// person's id as its UID, so importing the file back finds the same people again.
import type { ContactRecord } from "../../formats/index.js";
import type { AppContext } from "../context.js";
import { NAME_PARTS } from "./incomingPerson.js";
import { loadKnownPeople } from "./knownPeople.js";

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export async function peopleAsContacts(ctx: AppContext): Promise<ContactRecord[]> {
  const people = await loadKnownPeople(ctx.store.handle, ctx.ownerId);
  // Sorted here rather than in SQL so both engines give the same order whatever their collation.
  people.sort((a, b) => collator.compare(a.fullName, b.fullName) || (a.id < b.id ? -1 : 1));
  return people.map((person) => {
    const record: ContactRecord = {
      fullName: person.fullName,
      emails: person.emails.map((value) => ({ value })),
      phones: person.phones.map((value) => ({ value })),
      addresses: person.mailingAddress ? [{ street: person.mailingAddress }] : [],
      uid: person.id,
      source: "csv",
      line: 0,
    };
    for (const part of NAME_PARTS) {
      const value = person[part];
      if (value) record[part] = value;
    }
    if (person.title) record.title = person.title;
    if (person.organizationName) record.organization = person.organizationName;
    if (person.profileUrl) record.profileUrl = person.profileUrl;
    if (person.notes.trim() !== "") record.notes = person.notes;
    if (person.tags.length > 0) record.labels = person.tags;
    return record;
  });
}
