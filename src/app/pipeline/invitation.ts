// The invitation a seeker sends the person they will talk to: the scheduled conversation as an
// iCalendar REQUEST, to download or attach to a mail from their own mail program.
import { Temporal } from "temporal-polyfill";
import { Conflict, NotFound } from "../../domain/errors.js";
import { writeInvitation } from "../../formats/ical/invitation.js";
import { conversationForInvitation } from "../../store/repositories/invitation.repository.js";
import { emailOfOwner } from "../../store/repositories/reminders.repository.js";
import type { AppContext } from "../context.js";
import { calendarUid, sequenceOf } from "../transfer/calendar.js";

const MODE_WORDS: Record<string, string> = {
  in_person: "in person",
  phone: "by phone",
  video: "by video",
  online: "online",
};

function firstEmail(json: string): string | null {
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) && typeof list[0] === "string" ? list[0] : null;
  } catch {
    return null;
  }
}

/**
 * The invitation's text. The organizer's address is the account's in server mode; in local
 * mode the seeker may give it, else the reserved `.invalid` domain says plainly that it is unknown
 * (their mail program sends it from their own address anyway).
 */
export async function conversationInvitation(
  ctx: AppContext,
  id: string,
  organizerEmail?: string,
): Promise<{ fileName: string; text: string }> {
  const row = await conversationForInvitation(ctx.store.handle, ctx.ownerId, id);
  if (!row) throw new NotFound("conversation", id);
  if (row.scheduled_at === null) {
    throw new Conflict("schedule the conversation before sending an invitation", [
      { field: "scheduledAt", message: "not scheduled yet" },
    ]);
  }
  const email =
    organizerEmail ?? (await emailOfOwner(ctx.store.handle, ctx.ownerId)) ?? "me@inroads.invalid";
  const start = row.scheduled_at;
  const text = writeInvitation({
    event: {
      uid: calendarUid(row.id),
      sequence: sequenceOf(row.created_at, row.updated_at),
      start,
      end: Temporal.Instant.from(start).add({ minutes: row.requested_minutes }).toString(),
      summary: `Conversation: ${row.full_name} and ${row.owner_name}`,
      description: `${row.requested_minutes} minutes ${MODE_WORDS[row.mode] ?? row.mode}. Thank you for your time.`,
      ...(row.place ? { location: row.place } : {}),
      updatedAt: row.updated_at,
    },
    organizer: { name: row.owner_name, email },
    attendee: (() => {
      const address = firstEmail(row.emails);
      return address ? { name: row.full_name, email: address } : null;
    })(),
  });
  return { fileName: "invitation.ics", text };
}
