// How complete the plan for a target is: the three areas of research, the role mix, two
// organizations and someone who can hire.
import { type TargetCoverage, targetCoverage } from "../domain/coverage.js";
import { personStage } from "../domain/pipeline.js";
import type { ConversationStatus, InsightArea, Role } from "../domain/vocabulary.js";
import { getById } from "../store/ownedRepository.js";
import type { AppContext, Tx } from "./context.js";
import { targetResource } from "./entities/target.js";

export async function coverageOfTarget(
  ctx: AppContext,
  targetId: string,
  tx: Tx = ctx.store.db,
): Promise<TargetCoverage & { targetId: string; role: string }> {
  const target = await getById(tx, targetResource, ctx.ownerId, targetId, "target");
  const organizationIds = (
    await tx
      .selectFrom("target_organizations")
      .select("organization_id")
      .where("target_id", "=", targetId)
      .execute()
  ).map((r) => r.organization_id);
  const industryId = (target.industryId as string | null) ?? null;
  const insights = await tx
    .selectFrom("insights")
    .select("area")
    .where("owner_id", "=", ctx.ownerId)
    .where((eb) => {
      const any = [eb("target_id", "=", targetId)];
      if (industryId)
        any.push(eb.and([eb("industry_id", "=", industryId), eb("area", "=", "industry")]));
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
    .select(["p.id", "p.full_name", "p.roles", "p.organization_id", "p.hiring_power", "c.status"])
    .where("c.owner_id", "=", ctx.ownerId)
    .where("c.target_id", "=", targetId)
    .execute();
  const byPerson = new Map<
    string,
    { row: (typeof rows)[number]; statuses: ConversationStatus[] }
  >();
  for (const row of rows) {
    const entry = byPerson.get(row.id) ?? { row, statuses: [] };
    entry.statuses.push(row.status as ConversationStatus);
    byPerson.set(row.id, entry);
  }
  const coverage = targetCoverage({
    insights: insights.map((i) => ({ area: i.area as InsightArea })),
    people: [...byPerson.values()].map(({ row, statuses }) => ({
      id: row.id,
      fullName: row.full_name,
      roles: JSON.parse(row.roles) as Role[],
      organizationId: row.organization_id,
      hiringPower: row.hiring_power === 1,
      stage: personStage(statuses),
    })),
  });
  return { targetId, role: String(target.role), ...coverage };
}
