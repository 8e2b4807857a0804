// The career centre around the seekers: the centre, its coach on the staff, one programme the
// coach is assigned to, every seeker a member, and the grants in force on the pinned day. Most
// seekers share progress and pipeline, some add notes or contacts, some share progress only,
// and one in ten shares nothing (joining alone shares no more than a name and an address).
import { seekerId } from "./seekersSql.js";
import type { CentreSizes } from "./sizes.js";
import { days, idOf, iso, pick } from "./sqlText.js";

export const CENTRE = {
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

export function centreStatements(sizes: CentreSizes, coachId: string): string[] {
  const start = `timestamptz '${CENTRE.startsOn}T08:00:00Z'`;
  const joined = `${start} + ${days("s % 21")}`;
  const scopes = pick(
    SCOPES.map((s) => s ?? "none"),
    "s",
  );
  return [
    `INSERT INTO centres (id, name, created_at)
     VALUES ('${CENTRE.id}', '${CENTRE.name}', ${iso(`${start} - ${days("30")}`)})`,
    `INSERT INTO centre_staff (centre_id, user_id, role, added_at)
     VALUES ('${CENTRE.id}', '${coachId}', 'coach', ${iso(`${start} - ${days("29")}`)})`,
    `INSERT INTO programs (id, centre_id, name, purpose, starts_on, ends_on, created_at)
     VALUES ('${CENTRE.programId}', '${CENTRE.id}', '${CENTRE.program}', '${CENTRE.purpose}',
             '${CENTRE.startsOn}', '${CENTRE.endsOn}', ${iso(`${start} - ${days("20")}`)})`,
    `INSERT INTO program_coaches (program_id, user_id) VALUES ('${CENTRE.programId}', '${coachId}')`,
    `INSERT INTO program_members (program_id, seeker_id, joined_at)
     SELECT '${CENTRE.programId}', ${seekerId("s")}, ${iso(joined)}
     FROM generate_series(1, ${sizes.seekers}) s`,
    `INSERT INTO grants (id, seeker_id, program_id, coach_id, scopes, purpose, expires_at,
                         created_at, updated_at)
     SELECT ${idOf("grant", "s")}, ${seekerId("s")}, '${CENTRE.programId}', NULL, scopes,
            '${CENTRE.purpose}', '${CENTRE.endsOn}T23:59:59.999Z',
            ${iso(`${joined} + ${days("1")}`)}, ${iso(`${joined} + ${days("1")}`)}
     FROM generate_series(1, ${sizes.seekers}) s, LATERAL (SELECT ${scopes} AS scopes) x
     WHERE scopes <> 'none'`,
  ];
}
