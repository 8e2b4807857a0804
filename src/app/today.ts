// The seeker's day: what is overdue and due (thank-yous first), requests to retry,
// conversations coming up to prepare, and the gaps in each active target's plan.
import { classifyFollowUps } from "../domain/followUps.js";
import { addDays, dateInZone } from "../domain/time.js";
import type { FollowUpKind } from "../domain/vocabulary.js";
import type { AppContext } from "./context.js";
import { coverageOfTargets } from "./coverage.js";
import { getSettings } from "./settings.js";

const OUTREACH: FollowUpKind[] = ["retry", "close_outreach"];

async function openFollowUps(ctx: AppContext, horizon: string) {
  const rows = await ctx.store.db
    .selectFrom("follow_ups as f")
    .innerJoin("people as p", "p.id", "f.person_id")
    .leftJoin("conversations as c", "c.id", "f.conversation_id")
    .select([
      "f.id",
      "f.kind",
      "f.due_on as dueOn",
      "f.due_at as dueAt",
      "f.done_at as doneAt",
      "f.snoozed_until as snoozedUntil",
      "f.note",
      "f.person_id as personId",
      "f.conversation_id as conversationId",
      "p.full_name as personName",
      "c.status as conversationStatus",
    ])
    .where("f.owner_id", "=", ctx.ownerId)
    .where("f.done_at", "is", null)
    .where("f.due_on", "<=", horizon)
    .orderBy("f.due_on")
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as FollowUpKind }));
}

async function attemptsByConversation(
  ctx: AppContext,
  ids: string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.store.db
    .selectFrom("attempts")
    .select(["conversation_id", ({ fn }) => fn.countAll<number>().as("n")])
    .where("owner_id", "=", ctx.ownerId)
    .where("conversation_id", "in", ids)
    .groupBy("conversation_id")
    .execute();
  return new Map(rows.map((r) => [r.conversation_id, Number(r.n)]));
}

export async function today(ctx: AppContext) {
  const settings = await getSettings(ctx);
  const now = ctx.clock.now();
  const date = dateInZone(now, settings.timeZone);
  const horizon = addDays(date, settings.upcomingDays);
  const open = await openFollowUps(ctx, date);
  const { overdue, dueToday } = classifyFollowUps(open, now, settings);
  const isOutreach = (f: { kind: FollowUpKind }) => OUTREACH.includes(f.kind);
  const outreach = [...overdue, ...dueToday].filter(isOutreach);
  const counts = await attemptsByConversation(
    ctx,
    outreach.map((f) => f.conversationId).filter((id): id is string => id !== null),
  );

  const scheduled = await ctx.store.db
    .selectFrom("conversations as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .select([
      "c.id",
      "c.person_id as personId",
      "p.full_name as personName",
      "c.scheduled_at as scheduledAt",
      "c.mode",
      "c.place",
      "c.requested_minutes as requestedMinutes",
      "c.target_id as targetId",
    ])
    .where("c.owner_id", "=", ctx.ownerId)
    .where("c.status", "=", "scheduled")
    .orderBy("c.scheduled_at")
    .execute();
  const upcoming = scheduled.filter(
    (c) =>
      c.scheduledAt !== null &&
      c.scheduledAt >= now &&
      dateInZone(c.scheduledAt, settings.timeZone) <= horizon,
  );
  // Past their time but not marked held: the seeker should record what happened.
  const toRecord = scheduled.filter((c) => c.scheduledAt !== null && c.scheduledAt < now);

  const targets = await ctx.store.db
    .selectFrom("targets")
    .select("id")
    .where("owner_id", "=", ctx.ownerId)
    .where("active", "=", 1)
    .orderBy("role")
    .execute();
  const coverage = (
    await coverageOfTargets(
      ctx,
      targets.map((t) => t.id),
    )
  )
    .filter((c) => c.gaps.length > 0)
    .map((c) => ({ targetId: c.targetId, role: c.role, gaps: c.gaps }));

  return {
    date,
    timeZone: settings.timeZone,
    now,
    followUps: {
      overdue: overdue.filter((f) => !isOutreach(f)),
      dueToday: dueToday.filter((f) => !isOutreach(f)),
    },
    retries: outreach.map((f) => ({
      ...f,
      attempts: f.conversationId ? (counts.get(f.conversationId) ?? 0) : 0,
      maxAttempts: settings.maxAttempts,
    })),
    upcoming,
    toRecord,
    coverageGaps: coverage,
  };
}

export type Today = Awaited<ReturnType<typeof today>>;
