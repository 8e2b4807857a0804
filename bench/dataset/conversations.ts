// Conversations in a realistic mix of statuses, with their attempts and the follow-ups the
// app would have written along the way (retries, thank-yous, check-ins, come-backs).
import type { ConversationStatus } from "../../src/domain/vocabulary.js";
import { newId } from "../../src/store/ids.js";
import type { ConversationTable, PersonTable } from "../../src/store/schema.js";
import type { Random } from "../prng.js";
import { attemptCounts, BENCH_MAX_ATTEMPTS, shuffle, statusesFor } from "./attemptCounts.js";
import { checkInHistory, followUpRow } from "./followUps.js";
import { BENCH_NOW, fromNow, isPast, later, notAfterNow } from "./time.js";
import { type Timeline, timelineFor } from "./timeline.js";
import type { Dataset } from "./types.js";

const STATUS_MIX: readonly (readonly [ConversationStatus, number])[] = [
  ["identified", 180],
  ["asked", 320],
  ["scheduled", 60],
  ["held", 40],
  ["thanked", 300],
  ["in_touch", 600],
  ["declined", 150],
  ["no_response", 300],
  ["cancelled", 50],
];
const ENDED = new Set<ConversationStatus>(["declined", "no_response", "cancelled"]);

/** Who each conversation is with: ended ones first, and a few second tries with the same person. */
function peopleFor(random: Random, data: Dataset, statuses: ConversationStatus[]): PersonTable[] {
  const fresh = shuffle(random, [...data.people]);
  const order = statuses.map((status, i) => ({ status, i }));
  order.sort((a, b) => Number(ENDED.has(b.status)) - Number(ENDED.has(a.status)));
  const endedWith: PersonTable[] = [];
  const chosen: PersonTable[] = new Array(statuses.length);
  for (const { status, i } of order) {
    const secondTry = !ENDED.has(status) && endedWith.length > 0 && random.chance(0.07);
    const person = secondTry ? endedWith.pop() : fresh.pop();
    if (!person) throw new Error("more conversations than people");
    if (ENDED.has(status)) endedWith.push(person);
    chosen[i] = person;
  }
  return chosen;
}

function conversationRow(
  random: Random,
  data: Dataset,
  ownerId: string,
  person: PersonTable,
  status: ConversationStatus,
  t: Timeline,
  firstSent: string | null,
): ConversationTable {
  const mode = random.weighted([
    ["video", 50],
    ["phone", 30],
    ["in_person", 20],
  ] as const);
  const activeTargets = data.targets.filter((target) => target.active === 1);
  const created = later(firstSent ?? fromNow(-random.int(1, 60)), -random.int(0, 5) - 0.5);
  if (created < person.created_at) person.created_at = created;
  const talked = t.heldAt !== null;
  const events = [created, t.lastSent, t.respondedAt, t.heldAt, t.thankYouAt, t.endedAt];
  const updated = events.reduce<string>((a, b) => (b !== null && b > a ? b : a), created);
  return {
    id: newId(),
    owner_id: ownerId,
    person_id: person.id,
    target_id: random.chance(0.7) ? random.pick(activeTargets).id : null,
    mode,
    requested_minutes: random.chance(0.9) ? 20 : 30,
    status,
    scheduled_at: t.scheduledAt,
    place: t.scheduledAt === null ? null : mode === "in_person" ? "Café Central" : "Video call",
    agenda: null,
    notes_permission: talked ? 1 : null,
    notes: talked
      ? "Talked about how they moved into the role and what the first year is like."
      : "",
    research_notes: status === "identified" ? "" : "Read their team's blog and recent news.",
    held_at: t.heldAt,
    thank_you_sent_at: t.thankYouAt,
    thank_you_channel: t.thankYouAt
      ? random.weighted([
          ["email", 80],
          ["card", 15],
          ["other", 5],
        ])
      : null,
    created_at: created,
    updated_at: notAfterNow(updated),
  };
}

function writeAttempts(
  random: Random,
  data: Dataset,
  ownerId: string,
  conversation: ConversationTable,
  count: number,
  t: Timeline,
): void {
  if (t.lastSent === null || count === 0) return;
  const sent: string[] = [];
  for (let n = count; n >= 1; n--) {
    sent.unshift(n === count ? t.lastSent : later(sent[0] ?? t.lastSent, -random.int(7, 9)));
  }
  sent.forEach((at, index) => {
    const number = index + 1;
    const last = number === count;
    data.attempts.push({
      id: newId(),
      owner_id: ownerId,
      conversation_id: conversation.id,
      number,
      channel: random.weighted([
        ["email", 70],
        ["linkedin", 20],
        ["phone", 10],
      ]),
      sent_at: at,
      response: last ? t.response : "none",
      responded_at: last ? t.respondedAt : null,
      message: "Would you have 20 minutes to tell me about your work?",
      created_at: at,
    });
    // Each attempt set a retry (or, at the limit, a reminder to let it go); the next attempt,
    // the answer or the end of the request closed it. An open request keeps its last one.
    const closedAt = last
      ? (t.respondedAt ?? t.endedAt ?? (conversation.status === "asked" ? null : BENCH_NOW))
      : (sent[number] ?? null);
    data.follow_ups.push(
      followUpRow(ownerId, {
        personId: conversation.person_id,
        conversationId: conversation.id,
        kind: number >= BENCH_MAX_ATTEMPTS ? "close_outreach" : "retry",
        due: later(at, 7),
        doneAt: closedAt,
        createdAt: at,
      }),
    );
  });
}

function writeAfterTalk(
  random: Random,
  data: Dataset,
  ownerId: string,
  c: ConversationTable,
  person: PersonTable,
): void {
  if (c.held_at === null) return;
  const thankYouDue = later(c.held_at, 1);
  data.follow_ups.push(
    followUpRow(ownerId, {
      personId: c.person_id,
      conversationId: c.id,
      kind: "thank_you",
      due: thankYouDue,
      dueAt: thankYouDue,
      doneAt: c.thank_you_sent_at,
      note: "Send a thank-you: an email, or a handwritten card for more impact.",
      createdAt: c.held_at,
    }),
  );
  data.follow_ups.push(
    ...checkInHistory(random, ownerId, c.person_id, c.id, c.held_at, person.keep_in_touch_days),
  );
  if (random.chance(0.1)) {
    const due = later(c.held_at, 30);
    data.follow_ups.push(
      followUpRow(ownerId, {
        personId: c.person_id,
        conversationId: c.id,
        kind: "come_back",
        due,
        doneAt: isPast(later(due, 5)) ? later(due, random.int(0, 5)) : null,
        note: "Come back and tell them how the research went: take the SQL course.",
        createdAt: c.held_at,
      }),
    );
  }
}

export function planConversations(
  random: Random,
  data: Dataset,
  ownerId: string,
  count: number,
  attempts: number,
): void {
  const statuses = statusesFor(random, STATUS_MIX, count);
  const counts = attemptCounts(random, statuses, attempts);
  const people = peopleFor(random, data, statuses);
  statuses.forEach((status, i) => {
    const person = people[i] as PersonTable;
    const t = timelineFor(random, status);
    const n = counts[i] ?? 0;
    const firstSent = t.lastSent === null ? null : later(t.lastSent, -9 * Math.max(0, n - 1));
    const conversation = conversationRow(random, data, ownerId, person, status, t, firstSent);
    data.conversations.push(conversation);
    writeAttempts(random, data, ownerId, conversation, n, t);
    writeAfterTalk(random, data, ownerId, conversation, person);
  });
}
