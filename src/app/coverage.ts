// How complete the plan for a target is: the three areas of research, the role mix, two
// organizations and someone who can hire.
import { type TargetCoverage, targetCoverage } from "../domain/coverage.js";
import { NotFound } from "../domain/errors.js";
import { personStage } from "../domain/pipeline.js";
import type { ConversationStatus, InsightArea, Role } from "../domain/vocabulary.js";
import type { AppContext, Tx } from "./context.js";

export type CoverageOfTarget = TargetCoverage & { targetId: string; role: string };

export async function coverageOfTarget(
  ctx: AppContext,
  targetId: string,
  tx: Tx = ctx.store.db,
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
  tx: Tx = ctx.store.db,
): Promise<CoverageOfTarget[]> {
  if (targetIds.length === 0) return [];
  const ids = [...targetIds];
  const targets = await tx
    .selectFrom("targets")
    .select(["id", "role", "industry_id"])
    .where("owner_id", "=", ctx.ownerId)
    .where("id", "in", ids)
    .execute();
  if (targets.length === 0) return [];
  const links = await tx
    .selectFrom("target_organizations")
    .select(["target_id", "organization_id"])
    .where("owner_id", "=", ctx.ownerId)
    .where("target_id", "in", ids)
    .execute();
  const organizationsOf = new Map<string, Set<string>>();
  for (const link of links) {
    const set = organizationsOf.get(link.target_id) ?? new Set<string>();
    set.add(link.organization_id);
    organizationsOf.set(link.target_id, set);
  }
  const industryIds = [
    ...new Set(targets.flatMap((t) => (t.industry_id === null ? [] : [t.industry_id]))),
  ];
  const organizationIds = [...new Set(links.map((l) => l.organization_id))];
  // An insight counts for a target when it was noted for it, or is about its industry (the
  // industry area) or one of its organizations (the company area).
  const insights = await tx
    .selectFrom("insights")
    .select(["area", "target_id", "industry_id", "organization_id"])
    .where("owner_id", "=", ctx.ownerId)
    .where((eb) => {
      const any = [eb("target_id", "in", ids)];
      if (industryIds.length > 0)
        any.push(eb.and([eb("industry_id", "in", industryIds), eb("area", "=", "industry")]));
      if (organizationIds.length > 0) {
        any.push(
          eb.and([eb("organization_id", "in", organizationIds), eb("area", "=", "company")]),
        );
      }
      return eb.or(any);
    })
    .execute();
  const rows = await tx
    .selectFrom("conversations as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .select([
      "c.target_id",
      "p.id",
      "p.full_name",
      "p.roles",
      "p.organization_id",
      "p.hiring_power",
      "c.status",
    ])
    .where("c.owner_id", "=", ctx.ownerId)
    .where("c.target_id", "in", ids)
    .execute();

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
