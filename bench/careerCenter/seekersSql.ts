// The seekers and what they entered before the pipeline: their accounts (better-auth's `user`
// rows and the app's owners and settings), organizations, targets and people. Each statement
// makes every seeker's rows at once from generate_series; `s` numbers the seekers from 1.
import type { CenterSizes } from "./sizes.js";
import { days, idOf, iso, NOW, pick } from "./sqlText.js";
import { FAMILY_NAMES, GIVEN_NAMES, ORGANIZATION_NAMES, TARGET_ROLES, TITLES } from "./words.js";

export const seekerId = (s: string) => idOf("seeker", s);
export const personId = (s: string, i: string) => idOf("person", s, i);
export const organizationId = (s: string, k: string) => idOf("organization", s, k);
export const targetId = (s: string, t: string) => idOf("target", s, t);

/** Seeker s's name: a given and a family name that differ from one seeker to the next. */
const seekerName = `${pick(GIVEN_NAMES, "s * 7")} || ' ' || ${pick(FAMILY_NAMES, "s * 13 + s / 29")}`;

/**
 * Accounts as better-auth and the app keep them. Settings copy the coach's row (made by the
 * app when the coach's account was added) column by column, so a new setting needs no change
 * here; the time zone is UTC like the pinned clock.
 */
export function accountStatements(
  sizes: CenterSizes,
  coachId: string,
  settingsColumns: readonly string[],
): string[] {
  const series = `generate_series(1, ${sizes.seekers}) s`;
  const copied = settingsColumns.filter((c) => c !== "owner_id" && c !== "time_zone");
  return [
    `INSERT INTO "user" (id, name, email, "emailVerified", "createdAt", "updatedAt", role, banned)
     SELECT ${seekerId("s")}, ${seekerName}, 'seeker' || s || '@students.example.edu', true,
            ${NOW} - ${days("90")}, ${NOW} - ${days("90")}, 'user', false
     FROM ${series}`,
    `INSERT INTO owners (id, name, created_at)
     SELECT ${seekerId("s")}, ${seekerName}, ${iso(`${NOW} - ${days("90")}`)} FROM ${series}`,
    `INSERT INTO settings (owner_id, time_zone, ${copied.join(", ")})
     SELECT ${seekerId("s")}, 'UTC', ${copied.map((c) => `t.${c}`).join(", ")}
     FROM ${series} CROSS JOIN (SELECT * FROM settings WHERE owner_id = '${coachId}') t`,
  ];
}

/** Organizations, targets (1–2 a seeker, each with three organizations) and people. */
export function networkStatements(sizes: CenterSizes): string[] {
  const { seekers, peoplePerSeeker: people, organizationsPerSeeker: orgs } = sizes;
  const relation = pick(
    ["target", "target", "former_employer", "supplier", "customer", "competitor", "other"],
    "k",
  );
  const given = pick(GIVEN_NAMES, "s * 3 + i * 7");
  const family = pick(FAMILY_NAMES, "s + i * 11 + i / 31");
  const org = `1 + (s * 5 + i * 3) % ${orgs}`;
  const orgName = `${pick(ORGANIZATION_NAMES, `s + (${org})`)} || ' ' || (${org})`;
  return [
    `INSERT INTO organizations (id, owner_id, name, relation, created_at, updated_at)
     SELECT ${organizationId("s", "k")}, ${seekerId("s")},
            ${pick(ORGANIZATION_NAMES, "s + k")} || ' ' || k, ${relation},
            ${iso(`${NOW} - ${days("80 - k")}`)}, ${iso(`${NOW} - ${days("80 - k")}`)}
     FROM generate_series(1, ${seekers}) s, generate_series(1, ${orgs}) k`,
    // Every seeker has a first target; one in three has a second.
    `INSERT INTO targets (id, owner_id, role, active, created_at, updated_at)
     SELECT ${targetId("s", "t")}, ${seekerId("s")}, ${pick(TARGET_ROLES, "s + t")}, 1,
            ${iso(`${NOW} - ${days("85 - t")}`)}, ${iso(`${NOW} - ${days("85 - t")}`)}
     FROM generate_series(1, ${seekers}) s, generate_series(1, 2) t
     WHERE t = 1 OR s % 3 = 0`,
    `INSERT INTO target_organizations (owner_id, target_id, organization_id)
     SELECT ${seekerId("s")}, ${targetId("s", "t")}, ${organizationId("s", `1 + (t * 3 + j) % ${orgs}`)}
     FROM generate_series(1, ${seekers}) s, generate_series(1, 2) t, generate_series(0, 2) j
     WHERE t = 1 OR s % 3 = 0`,
    `INSERT INTO people (id, owner_id, full_name, given_name, family_name, title, organization_id,
                         emails, phones, how_known, degree, roles, hiring_power, priority,
                         notes, search_text, created_at, updated_at)
     SELECT ${personId("s", "i")}, ${seekerId("s")}, ${given} || ' ' || ${family}, ${given},
            ${family}, ${pick(TITLES, "s + i * 3")}, ${organizationId("s", org)},
            '["' || lower(address) || '@example.com"]',
            CASE WHEN i % 4 = 0 THEN '["+44 20 7946 ' || lpad((i % 1000)::text, 4, '0') || '"]'
                 ELSE '[]' END,
            ${pick(["former_coworker", "classmate_or_alumni", "friend", "online", "association", "professor_or_teacher", "other"], "i + s")},
            ${pick(["first", "second", "none"], "i")},
            ${pick(['["practitioner"]', '["practitioner"]', '["supervisor"]', '["hiring_manager"]', '["industry_leader"]', '["recruiter"]', '["practitioner","supervisor"]'], "i * 7 + s")},
            CASE WHEN i % 10 = 3 THEN 1 ELSE 0 END, ${pick(["A", "B", "B", "C"], "i")},
            CASE WHEN i % 5 = 0 THEN 'Met ' || ${given} || ' at the spring fair.' ELSE '' END,
            lower(${given} || ' ' || ${family} || ' ' || ${orgName}),
            ${iso(`${NOW} - ${days(`85 - (i * 80.0 / ${people})`)}`)},
            ${iso(`${NOW} - ${days(`85 - (i * 80.0 / ${people})`)}`)}
     FROM generate_series(1, ${seekers}) s, generate_series(1, ${people}) i,
          LATERAL (SELECT replace(${given} || '.' || ${family} || '.' || i, ' ', '') AS address) e`,
  ];
}
