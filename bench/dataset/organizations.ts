// Industries, organizations and the seeker's targets (a role in an industry, with the
// organizations they aim at and a pitch each).
import { newId } from "../../src/store/ids.js";
import { foldForSearch } from "../../src/store/searchText.js";
import type { Random } from "../prng.js";
import { INDUSTRIES, ORGANIZATION_STEMS, ORGANIZATION_SUFFIXES } from "../vocabulary.js";
import { fromNow } from "./time.js";
import type { Dataset } from "./types.js";

const TARGETS = [
  { role: "Supply chain analyst", industry: 0, active: 1 },
  { role: "Demand planner", industry: 4, active: 1 },
  { role: "Data analyst", industry: 1, active: 1 },
  { role: "Product designer", industry: 1, active: 0 },
] as const;

function organizationName(index: number): string {
  const stems = ORGANIZATION_STEMS.length;
  const suffixes = ORGANIZATION_SUFFIXES.length;
  const name = `${ORGANIZATION_STEMS[index % stems]} ${ORGANIZATION_SUFFIXES[Math.floor(index / stems) % suffixes]}`;
  const round = Math.floor(index / (stems * suffixes));
  return round === 0 ? name : `${name} ${round + 1}`;
}

export function organizationSlug(name: string): string {
  return foldForSearch(name).replace(/ /g, "");
}

export function planOrganizations(
  random: Random,
  data: Dataset,
  ownerId: string,
  count: number,
): void {
  const created = fromNow(-1100);
  for (const industry of INDUSTRIES) {
    data.industries.push({
      id: newId(),
      owner_id: ownerId,
      name: industry.name,
      segments: JSON.stringify(industry.segments),
      notes: "",
      created_at: created,
      updated_at: created,
    });
  }
  for (let i = 0; i < count; i++) {
    const name = organizationName(i);
    const at = fromNow(-random.int(30, 1100));
    data.organizations.push({
      id: newId(),
      owner_id: ownerId,
      name,
      industry_id: random.pick(data.industries).id,
      relation: random.weighted([
        ["other", 90],
        ["supplier", 3],
        ["customer", 3],
        ["competitor", 3],
        ["former_employer", 1],
      ]),
      website: random.chance(0.4) ? `https://${organizationSlug(name)}.example.com` : null,
      notes: "",
      created_at: at,
      updated_at: at,
    });
  }
  for (const spec of TARGETS) {
    const industry = data.industries[spec.industry];
    if (!industry) throw new Error("target industry missing");
    const at = fromNow(-random.int(60, 200));
    const target = {
      id: newId(),
      owner_id: ownerId,
      role: spec.role,
      industry_id: industry.id,
      notes: "",
      why_field: "",
      why_company: "",
      active: spec.active,
      created_at: at,
      updated_at: at,
    };
    data.targets.push(target);
    const candidates = data.organizations.filter((o) => o.industry_id === industry.id);
    const chosen = new Set<string>();
    const wanted = Math.min(random.int(3, 8), candidates.length);
    while (chosen.size < wanted) chosen.add(random.pick(candidates).id);
    for (const organizationId of chosen) {
      data.target_organizations.push({
        owner_id: ownerId,
        target_id: target.id,
        organization_id: organizationId,
      });
      const organization = data.organizations.find((o) => o.id === organizationId);
      if (organization) organization.relation = "target";
    }
    data.pitches.push({
      id: newId(),
      owner_id: ownerId,
      target_id: target.id,
      who_i_am: "I'm Sam, a store operations lead at Contoso Retail for six years.",
      what_i_did: "I ran replenishment for twelve stores and cut stock-outs by a third.",
      what_i_want: `Next I want to work as a ${spec.role.toLowerCase()}.`,
      how_you_can_help: "I'd value your view of the work and who else I should talk to.",
      updated_at: at,
    });
  }
}
