// How complete the plan for a target is: the three areas of research, the role mix, two
// organizations and someone who can hire.
import { type TargetCoverage, targetCoverage } from "../domain/coverage.js";
import { NotFound } from "../domain/errors.js";
import { personStage } from "../domain/pipeline.js";
import type { ConversationStatus, InsightArea, Role } from "../domain/vocabulary.js";
import { coverageFacts } from "../store/repositories/coverage.repository.js";
import type { AppContext, Tx } from "./context.js";
import type { Coverage } from "./views/coverage.js";

/** Built from the domain's rule, answered as the API documents it. */
export type CoverageOfTarget = TargetCoverage & { targetId: string; role: string } & Coverage;

export async function coverageOfTarget(
  ctx: AppContext,
  targetId: string,
  tx: Tx = ctx.store.handle,
): Promise<CoverageOfTarget> {
  const [coverage] = await coverageOfTargets(ctx, [targetId], tx);
  if (!coverage) throw new NotFound("target", targetId);
  return coverage;
}

/**
 * The coverage of several targets with four statements in all, whatever their number: Today
 * shows every active target's gaps, and one round of statements per target added up.
 * Targets the owner does not have are left out.
 */
export async function coverageOfTargets(
  ctx: AppContext,
  targetIds: readonly string[],
  tx: Tx = ctx.store.handle,
): Promise<CoverageOfTarget[]> {
  return coverageOfOwnersTargets(tx, [ctx.ownerId], targetIds);
}

/**
 * The same for the targets of several owners at once, still in four statements: a coach's
 * cohort page shows each seeker's targets, and a round of statements per seeker added up.
 */
export async function coverageOfOwnersTargets(
  tx: Tx,
  ownerIds: readonly string[],
  targetIds: readonly string[],
): Promise<CoverageOfTarget[]> {
  if (targetIds.length === 0) return [];
  const ids = [...targetIds];
  const facts = await coverageFacts(tx, ownerIds, ids);
  if (!facts) return [];
  const { targets, links, insights, people: rows } = facts;
  const organizationsOf = new Map<string, Set<string>>();
  for (const link of links) {
    const set = organizationsOf.get(link.target_id) ?? new Set<string>();
    set.add(link.organization_id);
    organizationsOf.set(link.target_id, set);
  }

  const byId = new Map(targets.map((t) => [t.id, t]));
  return ids.flatMap((targetId) => {
    const target = byId.get(targetId);
    if (!target) return [];
    const organizations = organizationsOf.get(targetId) ?? new Set<string>();
    const counted = insights.filter(
      (i) =>
        i.target_id === targetId ||
        (i.area === "industry" &&
          target.industry_id !== null &&
          i.industry_id === target.industry_id) ||
        (i.area === "company" &&
          i.organization_id !== null &&
          organizations.has(i.organization_id)),
    );
    const byPerson = new Map<
      string,
      { row: (typeof rows)[number]; statuses: ConversationStatus[] }
    >();
    for (const row of rows) {
      if (row.target_id !== targetId) continue;
      const entry = byPerson.get(row.id) ?? { row, statuses: [] };
      entry.statuses.push(row.status as ConversationStatus);
      byPerson.set(row.id, entry);
    }
    const coverage = targetCoverage({
      insights: counted.map((i) => ({ area: i.area as InsightArea })),
      people: [...byPerson.values()].map(({ row, statuses }) => ({
        id: row.id,
        fullName: row.full_name,
        roles: JSON.parse(row.roles) as Role[],
        organizationId: row.organization_id,
        hiringPower: row.hiring_power === 1,
        stage: personStage(statuses),
      })),
    });
    return [{ targetId, role: target.role, ...coverage }];
  });
}
