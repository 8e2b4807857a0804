// Progress in numbers: how far conversations get, which channels get answers, how many names
// each conversation yields, and the rhythm of the search week by week.

import { isTalked } from "../domain/pipeline.js";
import { referralYield } from "../domain/referralYield.js";
import { dateInZone } from "../domain/time.js";
import {
  type AttemptChannel,
  type ConversationStatus,
  INSIGHT_KINDS,
  LEAD_STATUSES,
  PIPELINE_ORDER,
} from "../domain/vocabulary.js";
import { progressFacts } from "../store/repositories/progress.repository.js";
import type { AppContext } from "./context.js";
import { getSettings } from "./settings.js";
import type { Progress } from "./views/progress.js";

/** Monday of the week a date falls in, as YYYY-MM-DD. */
function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const shift = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - shift);
  return d.toISOString().slice(0, 10);
}

function countBy<T>(items: T[], key: (item: T) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, count]) => ({ key: k, count }));
}

export async function progress(ctx: AppContext): Promise<Progress> {
  const { timeZone } = await getSettings(ctx);
  const { conversations, attempts, referrals, people, leadStatuses, insightKinds } =
    await progressFacts(ctx.store.handle, ctx.ownerId);
  // A conversation that got to "thanked" also passed every earlier stage.
  const funnel = PIPELINE_ORDER.map((stage, index) => ({
    stage,
    count: conversations.filter((c) => {
      const at = PIPELINE_ORDER.indexOf(c.status as ConversationStatus);
      return at >= index;
    }).length,
  }));

  const channels = [...new Set(attempts.map((a) => a.channel as AttemptChannel))].sort();
  const responseRate = channels.map((channel) => {
    const sent = attempts.filter((a) => a.channel === channel);
    const answered = sent.filter(
      (a) => a.response === "accepted" || a.response === "declined",
    ).length;
    return {
      channel,
      sent: sent.length,
      answered,
      rate: sent.length ? Math.round((answered / sent.length) * 100) / 100 : 0,
    };
  });

  const talked = conversations.filter((c) => isTalked(c.status as ConversationStatus)).length;
  const yieldOfReferrals = referralYield({
    talkedConversations: talked,
    referrals: referrals.map((r) => ({
      referredStage: (r.stage as ConversationStatus | null) ?? null,
    })),
  });

  const held = conversations.filter((c) => c.held_at !== null);
  const newPerWeek = countBy(people, (p) => weekOf(dateInZone(p.created_at, timeZone)));
  let running = 0;
  const networkGrowth = newPerWeek.map(({ key, count }) => {
    running += count;
    return { week: key, people: running };
  });

  return {
    funnel,
    responseRate,
    referralYield: yieldOfReferrals,
    conversationsPerWeek: countBy(held, (c) => weekOf(dateInZone(String(c.held_at), timeZone))).map(
      ({ key, count }) => ({ week: key, count }),
    ),
    networkGrowth,
    leads: leadCounts(leadStatuses),
    insights: INSIGHT_KINDS.map((kind) => ({
      kind,
      count: Number(insightKinds.find((row) => row.kind === kind)?.n ?? 0),
    })),
  };
}

function leadCounts(rows: { status: string; n: number }[]): Progress["leads"] {
  const byStatus = LEAD_STATUSES.map((status) => ({
    status,
    count: Number(rows.find((row) => row.status === status)?.n ?? 0),
  }));
  const total = byStatus.reduce((sum, s) => sum + s.count, 0);
  const closed = byStatus.find((s) => s.status === "closed")?.count ?? 0;
  return { total, open: total - closed, byStatus };
}
