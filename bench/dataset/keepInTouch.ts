// Keeping in touch beyond the pipeline: touchpoints (something given or received) mostly with
// people the seeker has talked to, and person-level reminders, most done and some still open:
// a few late, a few due today, most coming up.
import { newId } from "../../src/store/ids.js";
import type { Random } from "../prng.js";
import { TOUCHPOINT_SUMMARIES } from "../vocabulary.js";
import { followUpRow } from "./followUps.js";
import { BENCH_NOW, dateOf, fromNow, later } from "./time.js";
import type { Dataset } from "./types.js";

export function planTouchpoints(random: Random, data: Dataset, ownerId: string, count: number) {
  const talked = data.conversations.filter((c) => c.held_at !== null);
  for (let i = 0; i < count; i++) {
    const conversation = talked.length > 0 && random.chance(0.7) ? random.pick(talked) : null;
    const personId = conversation?.person_id ?? random.pick(data.people).id;
    const since = conversation?.held_at ?? fromNow(-730);
    const span = (Date.parse(BENCH_NOW) - Date.parse(since)) / 86_400_000;
    const at = later(since, random.next() * span);
    data.touchpoints.push({
      id: newId(),
      owner_id: ownerId,
      person_id: personId,
      direction: random.chance(0.6) ? "given" : "received",
      summary: random.pick(TOUCHPOINT_SUMMARIES),
      occurred_on: dateOf(at),
      created_at: at,
    });
  }
}

/** Tops the follow-ups up to `total` with reminders about people rather than conversations. */
export function planPersonFollowUps(random: Random, data: Dataset, ownerId: string, total: number) {
  const inTouch = [...new Set(data.touchpoints.map((t) => t.person_id))];
  while (data.follow_ups.length < total) {
    const personId =
      inTouch.length > 0 && random.chance(0.8) ? random.pick(inTouch) : random.pick(data.people).id;
    const open = random.chance(0.15);
    const due = open
      ? random.weighted([
          [fromNow(-random.int(1, 30)), 15],
          [fromNow(0), 3],
          [fromNow(random.int(1, 180)), 82],
        ])
      : fromNow(-random.int(1, 730));
    const row = followUpRow(ownerId, {
      personId,
      conversationId: null,
      kind: random.chance(0.8) ? "check_in" : "other",
      due,
      doneAt: open ? null : later(due, random.int(0, 5) + random.next()),
      note: "Check in: share an update and ask what they have been working on.",
      createdAt: later(due, -random.int(21, 90)),
    });
    // Now and then a reminder is pushed back: it stays out of Today until then.
    if (open && random.chance(0.05)) row.snoozed_until = dateOf(fromNow(random.int(1, 14)));
    data.follow_ups.push(row);
  }
}
