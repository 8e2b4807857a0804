// The seeker's day: what is overdue and due (thank-yous first), requests to retry,
// conversations coming up to prepare, and the gaps in each active target's plan.
import { classifyFollowUps } from "../domain/followUps.js";
import { addDays, dateInZone } from "../domain/time.js";
import type { ConversationMode, ConversationStatus, FollowUpKind } from "../domain/vocabulary.js";
import { activeTargetIds } from "../store/repositories/targets.repository.js";
import {
  attemptCounts,
  openFollowUpsDue,
  scheduledConversations,
} from "../store/repositories/today.repository.js";
import type { AppContext } from "./context.js";
import { coverageOfTargets } from "./coverage.js";
import { getSettings } from "./settings.js";
import type { Today, TodayConversation } from "./views/today.js";

const OUTREACH: FollowUpKind[] = ["retry", "close_outreach"];

async function openFollowUps(ctx: AppContext, horizon: string) {
  const rows = await openFollowUpsDue(ctx.store.handle, ctx.ownerId, horizon);
  return rows.map((r) => ({
    ...r,
    kind: r.kind as FollowUpKind,
    conversationStatus: r.conversationStatus as ConversationStatus | null,
  }));
}

export async function today(ctx: AppContext): Promise<Today> {
  const settings = await getSettings(ctx);
  const now = ctx.clock.now();
  const date = dateInZone(now, settings.timeZone);
  const horizon = addDays(date, settings.upcomingDays);
  const open = await openFollowUps(ctx, date);
  const { overdue, dueToday } = classifyFollowUps(open, now, settings);
  const isOutreach = (f: { kind: FollowUpKind }) => OUTREACH.includes(f.kind);
  const outreach = [...overdue, ...dueToday].filter(isOutreach);
  const counts = await attemptCounts(
    ctx.store.handle,
    ctx.ownerId,
    outreach.map((f) => f.conversationId).filter((id): id is string => id !== null),
  );

  const scheduledRows = await scheduledConversations(ctx.store.handle, ctx.ownerId);
  const scheduled = scheduledRows.flatMap((c): TodayConversation[] =>
    c.scheduledAt === null
      ? []
      : [{ ...c, scheduledAt: c.scheduledAt, mode: c.mode as ConversationMode }],
  );
  const upcoming = scheduled.filter(
    (c) =>
      c.scheduledAt !== null &&
      c.scheduledAt >= now &&
      dateInZone(c.scheduledAt, settings.timeZone) <= horizon,
  );
  // Past their time but not marked held: the seeker should record what happened.
  const toRecord = scheduled.filter((c) => c.scheduledAt !== null && c.scheduledAt < now);

  const targets = await activeTargetIds(ctx.store.handle, ctx.ownerId);
  const coverage = (await coverageOfTargets(ctx, targets))
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

export type { Today };
