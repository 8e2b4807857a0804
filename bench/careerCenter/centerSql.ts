// The career center around the seekers: the center, its coach on the staff, one program the
// coach is assigned to, every seeker a member, and the grants in force on the pinned day. Most
// seekers share progress and pipeline, some add notes or contacts, some share progress only,
// and one in ten shares nothing (joining alone shares no more than a name and an address).
import { seekerId } from "./seekersSql.js";
import type { CenterSizes } from "./sizes.js";
import { days, idOf, iso, pick } from "./sqlText.js";

export const CENTER = {
  id: "c0ffee00-0000-4000-8000-000000000001",
  programId: "c0ffee00-0000-4000-8000-000000000002",
  name: "Northfield University Careers",
  program: "Spring job search workshop",
  purpose: "To see who needs a nudge before the spring fair",
  startsOn: "2026-09-07",
  endsOn: "2027-01-31",
} as const;

const SCOPES = [
  null,
  null,
  '["progress"]',
  '["progress"]',
  '["progress","pipeline","notes"]',
  '["progress","pipeline","notes"]',
  '["progress","pipeline","contacts"]',
  ...Array<string>(13).fill('["progress","pipeline"]'),
];

export function centerStatements(sizes: CenterSizes, coachId: string): string[] {
  const start = `timestamptz '${CENTER.startsOn}T08:00:00Z'`;
  const joined = `${start} + ${days("s % 21")}`;
  const scopes = pick(
    SCOPES.map((s) => s ?? "none"),
    "s",
  );
  return [
    `INSERT INTO centers (id, name, created_at)
     VALUES ('${CENTER.id}', '${CENTER.name}', ${iso(`${start} - ${days("30")}`)})`,
    `INSERT INTO center_staff (center_id, user_id, role, added_at)
     VALUES ('${CENTER.id}', '${coachId}', 'coach', ${iso(`${start} - ${days("29")}`)})`,
    `INSERT INTO programs (id, center_id, name, purpose, starts_on, ends_on, created_at)
     VALUES ('${CENTER.programId}', '${CENTER.id}', '${CENTER.program}', '${CENTER.purpose}',
             '${CENTER.startsOn}', '${CENTER.endsOn}', ${iso(`${start} - ${days("20")}`)})`,
    `INSERT INTO program_coaches (program_id, user_id) VALUES ('${CENTER.programId}', '${coachId}')`,
    `INSERT INTO program_members (program_id, seeker_id, joined_at)
     SELECT '${CENTER.programId}', ${seekerId("s")}, ${iso(joined)}
     FROM generate_series(1, ${sizes.seekers}) s`,
    `INSERT INTO grants (id, seeker_id, program_id, coach_id, scopes, purpose, expires_at,
                         created_at, updated_at)
     SELECT ${idOf("grant", "s")}, ${seekerId("s")}, '${CENTER.programId}', NULL, scopes,
            '${CENTER.purpose}', '${CENTER.endsOn}T23:59:59.999Z',
            ${iso(`${joined} + ${days("1")}`)}, ${iso(`${joined} + ${days("1")}`)}
     FROM generate_series(1, ${sizes.seekers}) s, LATERAL (SELECT ${scopes} AS scopes) x
     WHERE scopes <> 'none'`,
  ];
}
