// What a target's coverage is worked out from, for several targets in four statements whatever
// their number: Today shows every active target's gaps.
import { dbOf, type Tx } from "../handle.js";

/**
 * The targets, their organizations, the insights that count for them and the people asked. The
 * owner may be several (a cohort's page of seekers at once): every id belongs to one owner, so
 * each target's facts stay its own owner's.
 */
export async function coverageFacts(tx: Tx, owner: string | readonly string[], ids: string[]) {
  const db = dbOf(tx);
  const owners = typeof owner === "string" ? [owner] : [...owner];
  if (owners.length === 0) return null;
  // The people asked do not depend on the rest: read them alongside.
  const people = db
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
    .where("c.owner_id", "in", owners)
    .where("c.target_id", "in", ids)
    .execute();
  // Its failure is raised where it is awaited below, not as an unhandled rejection meanwhile.
  people.catch(() => {});
  const targets = await db
    .selectFrom("targets")
    .select(["id", "role", "industry_id"])
    .where("owner_id", "in", owners)
    .where("id", "in", ids)
    .execute();
  if (targets.length === 0) return null;
  const links = await db
    .selectFrom("target_organizations")
    .select(["target_id", "organization_id"])
    .where("owner_id", "in", owners)
    .where("target_id", "in", ids)
    .execute();
  const industryIds = [
    ...new Set(targets.flatMap((t) => (t.industry_id === null ? [] : [t.industry_id]))),
  ];
  const organizationIds = [...new Set(links.map((l) => l.organization_id))];
  // An insight counts for a target when it was noted for it, or is about its industry (the
  // industry area) or one of its organizations (the company area).
  const insights = await db
    .selectFrom("insights")
    .select(["area", "target_id", "industry_id", "organization_id"])
    .where("owner_id", "in", owners)
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
  return { targets, links, insights, people: await people };
}
