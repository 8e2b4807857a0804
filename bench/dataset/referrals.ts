// Names given in conversations: each becomes a person linked to whoever gave it. Only people
// the seeker has talked to give names, and a person is referred at most once.
import { newId } from "../../src/store/ids.js";
import type { Random } from "../prng.js";
import { shuffle } from "./attemptCounts.js";
import { later } from "./time.js";
import type { Dataset } from "./types.js";

export function planReferrals(random: Random, data: Dataset, ownerId: string, count: number): void {
  const talked = data.conversations.filter((c) => c.held_at !== null);
  if (talked.length === 0) return;
  const withConversation = new Set(data.conversations.map((c) => c.person_id));
  const candidates = shuffle(
    random,
    data.people.filter((p) => !withConversation.has(p.id)),
  );
  for (let i = 0; i < count; i++) {
    const from = random.pick(talked);
    const person = candidates.pop();
    if (!person || from.held_at === null) break;
    const at = later(from.held_at, random.int(0, 2) + random.next());
    person.referred_by_id = from.person_id;
    person.how_known = "referral";
    person.degree = "second";
    person.created_at = at;
    person.updated_at = at;
    data.referrals.push({
      id: newId(),
      owner_id: ownerId,
      from_person_id: from.person_id,
      person_id: person.id,
      conversation_id: from.id,
      may_use_name: random.chance(0.7) ? 1 : 0,
      note: random.chance(0.5) ? "Ask about the planning team." : "",
      created_at: at,
    });
  }
}
