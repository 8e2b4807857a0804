// The seeker's people: mostly imported connections with a name, a title and an organization;
// some with an email, tags or notes. Search text is computed the way the app computes it.
import type { Role } from "../../src/domain/vocabulary.js";
import { newId } from "../../src/store/ids.js";
import { personSearchText } from "../../src/store/peopleSearch.js";
import type { OrganizationTable } from "../../src/store/schema.js";
import { foldForSearch } from "../../src/store/searchText.js";
import type { Random } from "../prng.js";
import { FIRST_NAMES, LAST_NAMES, NOTES, TAGS, TITLES_BY_ROLE } from "../vocabulary.js";
import { organizationSlug } from "./organizations.js";
import { fromNow } from "./time.js";
import type { Dataset } from "./types.js";

const ROLE_MIX: readonly (readonly [Role, number])[] = [
  ["practitioner", 60],
  ["supervisor", 15],
  ["hiring_manager", 8],
  ["industry_leader", 4],
  ["recruiter", 5],
  ["other", 8],
];

function emailFor(first: string, last: string, organization: OrganizationTable | null): string {
  const local = `${foldForSearch(first)}.${foldForSearch(last)}`.replace(/ /g, "");
  const domain = organization ? organizationSlug(organization.name) : "mail";
  return `${local}@${domain}.example.com`;
}

export function planPeople(random: Random, data: Dataset, ownerId: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const fullName = `${first} ${last}`;
    const organization = random.chance(0.92) ? random.pick(data.organizations) : null;
    const role = random.weighted(ROLE_MIX);
    const roles: Role[] =
      random.chance(0.1) && role !== "supervisor" ? [role, "supervisor"] : [role];
    const title = random.chance(0.95) ? random.pick(TITLES_BY_ROLE[role]) : null;
    const emails = random.chance(0.3) ? [emailFor(first, last, organization)] : [];
    const tags = random.chance(0.15) ? [random.pick(TAGS)] : [];
    const notes = random.chance(0.2) ? random.pick(NOTES) : "";
    const created = fromNow(-random.int(0, 1095) - random.next());
    data.people.push({
      id: newId(),
      owner_id: ownerId,
      full_name: fullName,
      name_note: "",
      name_prefix: null,
      given_name: first,
      middle_name: null,
      family_name: last,
      name_suffix: null,
      title,
      organization_id: organization?.id ?? null,
      industry_id: organization?.industry_id ?? null,
      emails: JSON.stringify(emails),
      phones: JSON.stringify(random.chance(0.1) ? [`+1 555 01${random.int(10, 99)}`] : []),
      mailing_address: null,
      profile_url: random.chance(0.6)
        ? `https://www.linkedin.com/in/${foldForSearch(fullName).replace(/ /g, "-")}-${i}`
        : null,
      how_known: random.weighted([
        ["online", 40],
        ["classmate_or_alumni", 15],
        ["former_coworker", 15],
        ["community", 10],
        ["friend", 5],
        ["family", 2],
        ["customer", 4],
        ["supplier", 4],
        ["directory", 5],
      ]),
      degree: random.weighted([
        ["first", 60],
        ["second", 30],
        ["none", 10],
      ]),
      roles: JSON.stringify(roles),
      hiring_power: role === "hiring_manager" ? 1 : 0,
      referred_by_id: null,
      priority: random.weighted([
        ["A", 10],
        ["B", 60],
        ["C", 30],
      ]),
      tags: JSON.stringify(tags),
      notes,
      keep_in_touch_days: random.chance(0.02) ? 30 : null,
      stage: null,
      last_contact_at: null,
      search_text: personSearchText({
        fullName,
        title,
        organizationName: organization?.name ?? null,
        emails,
        tags,
        notes,
      }),
      created_at: created,
      updated_at: created,
    });
  }
}
