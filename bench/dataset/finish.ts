// What the app derives on each person from the rest: how far along the pipeline they are
// (personStage over their conversations) and when the seeker was last in contact.
import { personStage } from "../../src/domain/pipeline.js";
import type { ConversationStatus } from "../../src/domain/vocabulary.js";
import { maxInstant } from "./time.js";
import type { Dataset } from "./types.js";

export function finishPeople(data: Dataset): void {
  const statuses = new Map<string, ConversationStatus[]>();
  const lastContact = new Map<string, string | null>();
  const contact = (personId: string, at: string | null) =>
    lastContact.set(personId, maxInstant(lastContact.get(personId) ?? null, at));
  const personOf = new Map<string, string>();
  for (const c of data.conversations) {
    personOf.set(c.id, c.person_id);
    statuses.set(c.person_id, [
      ...(statuses.get(c.person_id) ?? []),
      c.status as ConversationStatus,
    ]);
    contact(c.person_id, c.held_at);
  }
  for (const a of data.attempts) {
    const personId = personOf.get(a.conversation_id);
    if (personId) contact(personId, a.sent_at);
  }
  for (const t of data.touchpoints) contact(t.person_id, `${t.occurred_on}T12:00:00.000Z`);
  for (const person of data.people) {
    person.stage = personStage(statuses.get(person.id) ?? []);
    person.last_contact_at = lastContact.get(person.id) ?? null;
    person.updated_at = maxInstant(person.updated_at, person.last_contact_at) ?? person.updated_at;
  }
}
