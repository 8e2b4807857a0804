// Centers, their staff, their programs and coaches, and the material they share: the rows the
// staff's side reads to decide who may see what.
import type { Tx } from "../../handle.js";
import { dbOf } from "../../handle.js";

export interface StaffRoleRow {
  centerId: string;
  centerName: string;
  role: string;
}

export async function insertCenter(tx: Tx, row: { id: string; name: string; createdAt: string }) {
  await dbOf(tx)
    .insertInto("centers")
    .values({ id: row.id, name: row.name, created_at: row.createdAt })
    .execute();
}

export async function insertStaff(
  tx: Tx,
  row: { centerId: string; userId: string; role: string; addedAt: string },
) {
  await dbOf(tx)
    .insertInto("center_staff")
    .values({ center_id: row.centerId, user_id: row.userId, role: row.role, added_at: row.addedAt })
    .onConflict((c) => c.columns(["center_id", "user_id"]).doUpdateSet({ role: row.role }))
    .execute();
}

export async function deleteStaff(tx: Tx, centerId: string, userId: string): Promise<number> {
  const result = await dbOf(tx)
    .deleteFrom("center_staff")
    .where("center_id", "=", centerId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  // A coach who leaves the center coaches none of its programs.
  await dbOf(tx)
    .deleteFrom("program_coaches")
    .where("user_id", "=", userId)
    .where("program_id", "in", (q) =>
      q.selectFrom("programs").select("id").where("center_id", "=", centerId),
    )
    .execute();
  return Number(result.numDeletedRows);
}

export async function countAdmins(tx: Tx, centerId: string): Promise<number> {
  const row = await dbOf(tx)
    .selectFrom("center_staff")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("center_id", "=", centerId)
    .where("role", "=", "admin")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A user's places on staff: each center with the role in it. */
function rolesOf(tx: Tx, userId: string) {
  return dbOf(tx)
    .selectFrom("center_staff as s")
    .innerJoin("centers as c", "c.id", "s.center_id")
    .select(["c.id", "c.name", "c.created_at as createdAt", "s.role"])
    .where("s.user_id", "=", userId);
}

/** The centers this user is staff of, with the role in each. */
export async function centersOfStaff(tx: Tx, userId: string) {
  return rolesOf(tx, userId).orderBy("c.name").execute();
}

/** This user's role in one center, or undefined when they are not its staff. */
export async function staffRole(tx: Tx, centerId: string, userId: string) {
  return rolesOf(tx, userId).where("s.center_id", "=", centerId).executeTakeFirst();
}

export async function staffOf(tx: Tx, centerId: string) {
  return dbOf(tx)
    .selectFrom("center_staff as s")
    .innerJoin("user as u", "u.id", "s.user_id")
    .select(["s.user_id as userId", "u.name", "u.email", "s.role", "s.added_at as addedAt"])
    .where("s.center_id", "=", centerId)
    .orderBy("u.name")
    .execute();
}

export interface ProgramRow {
  id: string;
  centerId: string;
  centerName: string;
  name: string;
  purpose: string;
  startsOn: string;
  endsOn: string;
}

const programColumns = [
  "p.id",
  "p.center_id as centerId",
  "c.name as centerName",
  "p.name",
  "p.purpose",
  "p.starts_on as startsOn",
  "p.ends_on as endsOn",
] as const;

export async function insertProgram(
  tx: Tx,
  row: Omit<ProgramRow, "centerName"> & { createdAt: string },
) {
  await dbOf(tx)
    .insertInto("programs")
    .values({
      id: row.id,
      center_id: row.centerId,
      name: row.name,
      purpose: row.purpose,
      starts_on: row.startsOn,
      ends_on: row.endsOn,
      created_at: row.createdAt,
    })
    .execute();
}

export async function updateProgramRow(
  tx: Tx,
  id: string,
  changes: Partial<Pick<ProgramRow, "name" | "purpose" | "startsOn" | "endsOn">>,
) {
  const values = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.purpose !== undefined ? { purpose: changes.purpose } : {}),
    ...(changes.startsOn !== undefined ? { starts_on: changes.startsOn } : {}),
    ...(changes.endsOn !== undefined ? { ends_on: changes.endsOn } : {}),
  };
  if (Object.keys(values).length === 0) return;
  await dbOf(tx).updateTable("programs").set(values).where("id", "=", id).execute();
}

export async function programById(tx: Tx, id: string): Promise<ProgramRow | undefined> {
  return dbOf(tx)
    .selectFrom("programs as p")
    .innerJoin("centers as c", "c.id", "p.center_id")
    .select(programColumns)
    .where("p.id", "=", id)
    .executeTakeFirst();
}

export async function programsOfCenter(tx: Tx, centerId: string): Promise<ProgramRow[]> {
  return dbOf(tx)
    .selectFrom("programs as p")
    .innerJoin("centers as c", "c.id", "p.center_id")
    .select(programColumns)
    .where("p.center_id", "=", centerId)
    .orderBy("p.starts_on", "desc")
    .orderBy("p.name")
    .execute();
}

export async function coachesOf(tx: Tx, programIds: readonly string[]) {
  if (programIds.length === 0) return [];
  return dbOf(tx)
    .selectFrom("program_coaches as pc")
    .innerJoin("user as u", "u.id", "pc.user_id")
    .select(["pc.program_id as programId", "pc.user_id as userId", "u.name", "u.email"])
    .where("pc.program_id", "in", programIds)
    .orderBy("u.name")
    .execute();
}

export async function setCoaches(tx: Tx, programId: string, userIds: readonly string[]) {
  await dbOf(tx).deleteFrom("program_coaches").where("program_id", "=", programId).execute();
  if (userIds.length === 0) return;
  await dbOf(tx)
    .insertInto("program_coaches")
    .values(userIds.map((userId) => ({ program_id: programId, user_id: userId })))
    .execute();
}

export async function isCoachOf(tx: Tx, programId: string, userId: string): Promise<boolean> {
  const row = await dbOf(tx)
    .selectFrom("program_coaches")
    .select("user_id")
    .where("program_id", "=", programId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function memberCounts(tx: Tx, programIds: readonly string[]) {
  if (programIds.length === 0) return new Map<string, number>();
  const rows = await dbOf(tx)
    .selectFrom("program_members")
    .select(["program_id", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("program_id", "in", programIds)
    .groupBy("program_id")
    .execute();
  return new Map(rows.map((r) => [r.program_id, Number(r.n)]));
}

export async function insertMaterial(
  tx: Tx,
  row: {
    id: string;
    centerId: string;
    kind: string;
    title: string;
    body: string;
    createdAt: string;
  },
) {
  await dbOf(tx)
    .insertInto("center_material")
    .values({
      id: row.id,
      center_id: row.centerId,
      kind: row.kind,
      title: row.title,
      body: row.body,
      created_at: row.createdAt,
    })
    .execute();
}

export async function materialOf(tx: Tx, centerIds: readonly string[]) {
  if (centerIds.length === 0) return [];
  return dbOf(tx)
    .selectFrom("center_material")
    .select(["id", "center_id as centerId", "kind", "title", "body", "created_at as createdAt"])
    .where("center_id", "in", centerIds)
    .orderBy("created_at")
    .execute();
}

export async function materialById(tx: Tx, id: string) {
  return dbOf(tx)
    .selectFrom("center_material")
    .select(["id", "center_id as centerId", "kind", "title", "body", "created_at as createdAt"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function deleteMaterial(tx: Tx, id: string) {
  await dbOf(tx).deleteFrom("center_material").where("id", "=", id).execute();
}

export async function insertMilestone(
  tx: Tx,
  row: {
    id: string;
    programId: string;
    title: string;
    metric: string;
    target: number;
    byWeek: number;
    createdAt: string;
  },
) {
  await dbOf(tx)
    .insertInto("milestones")
    .values({
      id: row.id,
      program_id: row.programId,
      title: row.title,
      metric: row.metric,
      target: row.target,
      by_week: row.byWeek,
      created_at: row.createdAt,
    })
    .execute();
}

export async function milestonesOf(tx: Tx, programIds: readonly string[]) {
  if (programIds.length === 0) return [];
  return dbOf(tx)
    .selectFrom("milestones")
    .select(["id", "program_id as programId", "title", "metric", "target", "by_week as byWeek"])
    .where("program_id", "in", programIds)
    .orderBy("by_week")
    .orderBy("created_at")
    .execute();
}

export async function milestoneById(tx: Tx, id: string) {
  return dbOf(tx)
    .selectFrom("milestones")
    .select(["id", "program_id as programId"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function deleteMilestone(tx: Tx, id: string) {
  await dbOf(tx).deleteFrom("milestones").where("id", "=", id).execute();
}

export async function userById(tx: Tx, id: string) {
  return dbOf(tx)
    .selectFrom("user")
    .select(["id", "name", "email"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function userByEmail(tx: Tx, email: string) {
  return dbOf(tx)
    .selectFrom("user")
    .select(["id", "name", "email"])
    .where("email", "=", email)
    .executeTakeFirst();
}
