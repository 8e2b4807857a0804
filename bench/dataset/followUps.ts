// Follow-up rows as the app writes them: retries after attempts, the thank-you after a
// conversation, and check-ins at the practice's cadence (21 days while the relationship is
// fresh, 90 after), done on time or a little late, with the next one left open.
import { DEFAULT_SETTINGS } from "../../src/domain/settings.js";
import { newId } from "../../src/store/ids.js";
import type { FollowUpTable } from "../../src/store/schema.js";
import type { Random } from "../prng.js";
import { dateOf, isPast, later, notAfterNow } from "./time.js";

export interface FollowUpSpec {
  personId: string;
  conversationId: string | null;
  kind: FollowUpTable["kind"];
  due: string;
  /** The precise deadline (the thank-you's 24 hours), when there is one. */
  dueAt?: string | null;
  doneAt: string | null;
  note?: string;
  createdAt: string;
}

export function followUpRow(ownerId: string, spec: FollowUpSpec): FollowUpTable {
  const doneAt = spec.doneAt === null ? null : notAfterNow(spec.doneAt);
  const createdAt = notAfterNow(spec.createdAt);
  return {
    id: newId(),
    owner_id: ownerId,
    person_id: spec.personId,
    conversation_id: spec.conversationId,
    kind: spec.kind,
    due_on: dateOf(spec.due),
    due_at: spec.dueAt ?? null,
    done_at: doneAt,
    snoozed_until: null,
    note: spec.note ?? "",
    created_at: createdAt,
    updated_at: doneAt ?? createdAt,
  };
}

/** Check-ins from the conversation on: done ones, then one open (possibly a few days late). */
export function checkInHistory(
  random: Random,
  ownerId: string,
  personId: string,
  conversationId: string,
  heldAt: string,
  cadenceDays: number | null,
): FollowUpTable[] {
  const rows: FollowUpTable[] = [];
  const activeUntil = later(heldAt, DEFAULT_SETTINGS.activePeriodDays);
  let createdAt = heldAt;
  let due = later(heldAt, cadenceDays ?? DEFAULT_SETTINGS.activeCheckInDays);
  for (let k = 0; ; k++) {
    const lateBy = random.int(0, 10);
    const open = !isPast(later(due, lateBy));
    const doneAt = open ? null : later(due, random.int(-1, 4) + random.next());
    rows.push(
      followUpRow(ownerId, {
        personId,
        // The first check-in comes from the conversation; later ones from the previous check-in.
        conversationId: k === 0 ? conversationId : null,
        kind: "check_in",
        due,
        doneAt,
        note: "Check in: share an update and ask what they have been working on.",
        createdAt,
      }),
    );
    if (doneAt === null) return rows;
    createdAt = doneAt;
    const cadence =
      cadenceDays ??
      (doneAt <= activeUntil
        ? DEFAULT_SETTINGS.activeCheckInDays
        : DEFAULT_SETTINGS.longRunCheckInDays);
    due = later(doneAt, cadence);
  }
}
