// The cohort dashboard: one row a seeker of the program, with what each seeker's grants allow
// this coach to see, sortable and filterable, and flags for who needs attention. Seekers who
// share nothing still appear by name and address (joining shared those), so the coach knows
// whom to nudge.
import type { z } from "zod";
import { attentionFlags, checkableFlags } from "../../domain/centers/attention.js";
import type { GrantTerms } from "../../domain/centers/consent.js";
import { orderedScopes, type Scope, scopesFor } from "../../domain/centers/consent.js";
import { NO_FACTS } from "../../domain/centers/seekerFacts.js";
import { NotFound } from "../../domain/errors.js";
import { milestonesOf } from "../../store/repositories/centers/centers.repository.js";
import { grantsInForce } from "../../store/repositories/centers/grants.repository.js";
import { membersOf } from "../../store/repositories/centers/members.repository.js";
import {
  type CountParts,
  NO_COUNTS,
  type ProgressCounts,
  pipelineCounts,
  progressCounts,
  rankCounts,
} from "../../store/repositories/centers/seekerFacts.repository.js";
import { activeTargetsOf } from "../../store/repositories/targets.repository.js";
import type { AppContext, Tx } from "../context.js";
import { coverageOfOwnersTargets } from "../coverage.js";
import type { Cohort, CohortRow, cohortQuery } from "../views/centers.js";
import { programAccess } from "./access.js";
import { programViews } from "./centers.js";
import { factsOf, factsView } from "./facts.js";
import { parseScopes, todayUtc } from "./grants.js";
import { milestoneViews } from "./programs.js";
import { logStaffReads } from "./staffReads.js";

type Query = z.output<typeof cohortQuery>;

/** What each seeker shares with this coach now, from the grants in force. */
export function scopesBySeeker(
  grants: {
    seekerId: string;
    programId: string;
    coachId: string | null;
    scopes: string;
    expiresAt: string;
    revokedAt: string | null;
  }[],
  viewer: { userId: string; coachesProgram: boolean },
  programId: string,
  now: string,
): Map<string, Set<Scope>> {
  const bySeeker = new Map<string, GrantTerms[]>();
  for (const grant of grants) {
    const list = bySeeker.get(grant.seekerId) ?? [];
    list.push({ ...grant, scopes: parseScopes(grant.scopes) });
    bySeeker.set(grant.seekerId, list);
  }
  return new Map(
    [...bySeeker].map(([seekerId, terms]) => [seekerId, scopesFor(terms, viewer, programId, now)]),
  );
}

function sortValue(row: CohortRow, sort: Query["sort"]): string | number | null {
  switch (sort) {
    case "name":
      return row.name.toLocaleLowerCase();
    case "joinedAt":
      return row.joinedAt;
    case "overdueFollowUps":
      return row.pipeline?.overdueFollowUps ?? null;
    case "lastActiveAt":
      return row.progress?.lastActiveAt ?? null;
    case "flags":
      return row.flags.length;
    default:
      return row.progress?.[sort] ?? null;
  }
}

// One collator for every comparison: String.localeCompare sets one up per call, and sorting
// 1,500 rows makes some 16,000 calls. Same locale and options, so the same order. Made on the
// first sort, not when the module loads: a collator maps ICU's collation data into memory
// (about 2.3 MB of a local server's resident memory, where no cohort is ever sorted).
let collator: Intl.Collator | undefined;

function compareRows(sort: Query["sort"], order: Query["order"]) {
  const sign = order === "asc" ? 1 : -1;
  collator ??= new Intl.Collator();
  const byName = collator;
  return (a: CohortRow, b: CohortRow) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    // What a seeker does not share sorts last either way: it is unknown, not small.
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return (x < y ? -1 : 1) * sign;
    }
    return byName.compare(a.name, b.name) || byName.compare(a.seekerId, b.seekerId);
  };
}

/**
 * The sorts that still count every sharing seeker's rows (people, or thank-yous and their
 * timing); null for the others, which take what they need by index lookups. Either way the
 * page's rows are counted in full afterwards. A 1,500-seeker program holds some 450,000
 * people, and counting them for every request cost more than the rest of the page together.
 */
function rowsToCount(sort: Query["sort"]): CountParts | null {
  if (sort === "peopleAdded") return { people: true, referrals: false, onTime: false };
  if (sort === "thankYouOnTimePercent") return { people: false, referrals: false, onTime: true };
  return null;
}

/** The page's rows get every count, where the whole cohort got only what sorting needs. */
async function fullCounts(tx: Tx, page: CohortRow[]): Promise<void> {
  const ids = page.filter((row) => row.progress !== null).map((row) => row.seekerId);
  const counts = await progressCounts(tx, ids);
  for (const row of page) {
    const full = counts.get(row.seekerId);
    if (full) row.progress = factsView(factsOf(full));
  }
}

/** Each row's targets and their coverage, for the whole page in five statements. */
async function pageCoverage(tx: Tx, page: CohortRow[]): Promise<void> {
  const rows = page.filter((row) => row.pipeline !== null);
  const owners = rows.map((row) => row.seekerId);
  const targets = await activeTargetsOf(tx, owners);
  const coverage = await coverageOfOwnersTargets(
    tx,
    owners,
    targets.map((t) => t.id),
  );
  const byTarget = new Map(coverage.map((c) => [c.targetId, c]));
  for (const row of rows) {
    if (!row.pipeline) continue;
    row.pipeline.targets = targets.flatMap((t) => {
      const c = t.ownerId === row.seekerId ? byTarget.get(t.id) : undefined;
      return c ? [{ role: c.role, complete: c.complete, gaps: c.gaps.length }] : [];
    });
  }
}

/**
 * Every sharing seeker's numbers, as far as sorting and flagging need them: by index lookups for
 * most sorts, by counting their rows for the sorts by people added and thank-yous on time.
 */
async function progressToRank(
  tx: Tx,
  seekerIds: readonly string[],
  sort: Query["sort"],
): Promise<Map<string, ProgressCounts>> {
  const parts = rowsToCount(sort);
  if (parts) return progressCounts(tx, seekerIds, parts);
  const ranks = await rankCounts(tx, seekerIds, {
    asks: sort === "asksSent",
    lastActive: sort === "lastActiveAt",
    referrals: sort === "referralYield",
  });
  return new Map([...ranks].map(([id, counts]) => [id, { ...NO_COUNTS, ...counts }]));
}

export async function getCohort(ctx: AppContext, programId: string, query: Query): Promise<Cohort> {
  const tx = ctx.store.handle;
  const access = await programAccess(ctx, tx, programId, "people");
  const now = ctx.clock.now();
  const today = todayUtc(ctx);
  const [members, grants, milestones, [found]] = await Promise.all([
    membersOf(tx, programId),
    grantsInForce(tx, programId, now),
    milestonesOf(tx, [programId]),
    programViews(ctx, tx, [access.program], "admin"),
  ]);
  if (!found) throw new NotFound("program", programId);
  const program = found;
  const scopes = scopesBySeeker(
    grants,
    { userId: ctx.ownerId, coachesProgram: access.coaches },
    programId,
    now,
  );
  const scopesOf = (seekerId: string) => scopes.get(seekerId) ?? new Set<Scope>();
  const sharing = (scope: Scope) =>
    members.filter((m) => scopesOf(m.seekerId).has(scope)).map((m) => m.seekerId);
  const [progress, pipeline] = await Promise.all([
    progressToRank(tx, sharing("progress"), query.sort),
    pipelineCounts(tx, sharing("pipeline"), today),
  ]);

  const rows: CohortRow[] = members.map((member) => {
    const held = scopesOf(member.seekerId);
    const counts = progress.get(member.seekerId);
    const facts = counts ? factsOf(counts) : NO_FACTS;
    const open = pipeline.get(member.seekerId);
    return {
      seekerId: member.seekerId,
      name: member.name,
      email: member.email,
      joinedAt: member.joinedAt,
      scopes: orderedScopes(held),
      progress: counts ? factsView(facts) : null,
      pipeline: open ? { overdueFollowUps: open.overdueFollowUps, targets: [] } : null,
      flags: attentionFlags(
        {
          today,
          joinedOn: member.joinedAt.slice(0, 10),
          lastAskOn: facts.lastAskAt?.slice(0, 10) ?? null,
          conversationsHeld: facts.conversationsHeld,
          overdueThankYous: open?.overdueThankYous ?? 0,
          unansweredAfterThree: open?.unansweredAfterThree ?? 0,
        },
        held,
      ),
      checkableFlags: checkableFlags(held),
    };
  });

  const words = query.q?.trim().toLocaleLowerCase();
  const filtered = rows.filter(
    (row) =>
      (query.attention === "all" || row.flags.length > 0) &&
      (query.sharing === "all" || (query.sharing === "sharing") === row.scopes.length > 0) &&
      (!words || `${row.name} ${row.email}`.toLocaleLowerCase().includes(words)),
  );
  filtered.sort(compareRows(query.sort, query.order));
  const page = filtered.slice(query.offset, query.offset + query.limit);

  // The page's own numbers in full, and its coverage: worth their cost only for these rows.
  await Promise.all([fullCounts(tx, page), pageCoverage(tx, page)]);

  await logStaffReads(
    ctx,
    access.program,
    "cohort dashboard",
    page.map((row) => ({ seekerId: row.seekerId, scopes: row.scopes })),
  );
  return {
    program: { ...program, yourRole: access.role, youCoach: access.coaches },
    milestones: milestoneViews(milestones, access.program.startsOn),
    counts: {
      joined: members.length,
      sharing: rows.filter((r) => r.scopes.length > 0).length,
      flagged: rows.filter((r) => r.flags.length > 0).length,
    },
    total: filtered.length,
    limit: query.limit,
    offset: query.offset,
    rows: page,
  };
}
