// The seeker's day: what is overdue and due (thank-yous first), requests to retry,
// conversations coming up to prepare, and the gaps in each active target's plan.
import { COVERAGE_ROLES, type CoverageRole } from "../domain/coverage.js";
import { classifyFollowUps } from "../domain/followUps.js";
import { addDays, addHours, dateInZone, daysBetween } from "../domain/time.js";
import type { ConversationMode, ConversationStatus, FollowUpKind } from "../domain/vocabulary.js";
import { activeTargetIds } from "../store/repositories/targets.repository.js";
import {
  attemptCounts,
  conversationsToAsk,
  openFollowUpsDue,
  scheduledConversations,
  targetOrganizationNames,
} from "../store/repositories/today.repository.js";
import type { AppContext } from "./context.js";
import { type CoverageOfTarget, coverageOfTargets } from "./coverage.js";
import { getSettings } from "./settings.js";
import type { Today, TodayConversation, TodayGap, TodayToAsk } from "./views/today.js";

const OUTREACH: FollowUpKind[] = ["retry", "close_outreach"];

async function openFollowUps(ctx: AppContext, horizon: string) {
  const rows = await openFollowUpsDue(ctx.store.handle, ctx.ownerId, horizon);
  return rows.map((r) => ({
    ...r,
    kind: r.kind as FollowUpKind,
    conversationStatus: r.conversationStatus as ConversationStatus | null,
  }));
}

/** Shown on Today; the rest are counted in `toAskTotal`. */
const TO_ASK_SHOWN = 10;

const FIND_ROLE: Readonly<Record<CoverageRole, string>> = {
  practitioner: "someone who does the job",
  supervisor: "someone who manages the job",
  hiring_manager: "a hiring manager",
};

/** Each gap gets the next move: the people to look for, and where, or the target to research. */
function gapActions(
  coverage: CoverageOfTarget,
  organizations: { id: string; name: string }[],
): TodayGap[] {
  const talkedAt = new Set(
    [
      ...COVERAGE_ROLES.flatMap((role) => coverage.roles[role].talked),
      ...coverage.hiringPower.talked,
    ].flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
  );
  const first = organizations[0] ?? null;
  const at = (organization: { name: string } | null) =>
    organization ? ` at ${organization.name}` : "";
  return coverage.gaps.map((gap): TodayGap => {
    const role = COVERAGE_ROLES.find((r) => r === gap.code);
    if (role) {
      return {
        ...gap,
        action: {
          label: `Find ${FIND_ROLE[role]}${at(first)}`,
          people: { roles: role, organizationId: first?.id ?? null },
        },
      };
    }
    if (gap.code === "hiring_power") {
      return {
        ...gap,
        action: {
          label: `Find someone who can hire${at(first)}`,
          people: { roles: "hiring_manager", organizationId: first?.id ?? null },
        },
      };
    }
    if (gap.code === "two_organizations") {
      const next = organizations.find((o) => !talkedAt.has(o.id)) ?? null;
      return {
        ...gap,
        action: next
          ? {
              label: `Find someone at ${next.name}`,
              people: { roles: null, organizationId: next.id },
            }
          : { label: "Add a second organization to the target", people: null },
      };
    }
    return { ...gap, action: { label: "Open the target's research", people: null } };
  });
}

export async function today(ctx: AppContext): Promise<Today> {
  const settings = await getSettings(ctx);
  const now = ctx.clock.now();
  const date = dateInZone(now, settings.timeZone);
  const horizon = addDays(date, settings.upcomingDays);
  const tomorrow = addDays(date, 1);
  // One read serves both lists: what is due by tomorrow holds what is due today, and the
  // thank-yous soon come from the rest (a second read was a fifth of the page's time).
  const dueByTomorrow = await openFollowUps(ctx, tomorrow);
  const open = dueByTomorrow.filter((f) => f.dueOn <= date);
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
  const withGaps = (await coverageOfTargets(ctx, targets)).filter((c) => c.gaps.length > 0);
  const names = await targetOrganizationNames(
    ctx.store.handle,
    ctx.ownerId,
    withGaps.map((c) => c.targetId),
  );
  const coverage = withGaps.map((c) => ({
    targetId: c.targetId,
    role: c.role,
    gaps: gapActions(
      c,
      names.filter((n) => n.targetId === c.targetId),
    ),
  }));

  // Thank-yous due within a day of now, beyond the ones already due today (24 hours, 003).
  const listed = new Set(open.map((f) => f.id));
  const dayAhead = addHours(now, 24);
  const thankYousSoon = dueByTomorrow.filter(
    (f) =>
      f.kind === "thank_you" &&
      !listed.has(f.id) &&
      (f.snoozedUntil === null || f.snoozedUntil <= date) &&
      (f.dueAt !== null ? f.dueAt <= dayAhead : f.dueOn <= tomorrow),
  );

  // People waiting to be asked: referrals first (the engine of the practice), then the longest
  // wait.
  const waiting = (await conversationsToAsk(ctx.store.handle, ctx.ownerId)).map(
    (c): TodayToAsk => ({
      conversationId: c.id,
      personId: c.personId,
      personName: c.personName,
      targetId: c.targetId,
      since: c.since,
      waitedDays: Math.max(0, daysBetween(dateInZone(c.since, settings.timeZone), date)),
      referredBy:
        c.referredById && c.referredByName
          ? { personId: c.referredById, fullName: c.referredByName }
          : null,
    }),
  );
  const toAsk = [...waiting].sort(
    (a, b) =>
      Number(b.referredBy !== null) - Number(a.referredBy !== null) || b.waitedDays - a.waitedDays,
  );

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
    thankYousSoon,
    toAsk: toAsk.slice(0, TO_ASK_SHOWN),
    toAskTotal: toAsk.length,
    coverageGaps: coverage,
  };
}

export type { Today };
