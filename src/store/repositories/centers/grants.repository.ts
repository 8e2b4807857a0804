// The seeker's grants, the dated receipt of every change to them, and the log of every staff
// read. Receipts and log entries are only ever added.
import type { Tx } from "../../handle.js";
import { dbOf } from "../../handle.js";

export interface GrantRow {
  id: string;
  seekerId: string;
  programId: string;
  coachId: string | null;
  scopes: string;
  purpose: string;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
  revokedAt: string | null;
}

const grantColumns = [
  "id",
  "seeker_id as seekerId",
  "program_id as programId",
  "coach_id as coachId",
  "scopes",
  "purpose",
  "expires_at as expiresAt",
  "created_at as createdAt",
  "updated_at as updatedAt",
  "revoked_at as revokedAt",
] as const;

export async function insertGrant(tx: Tx, row: GrantRow) {
  await dbOf(tx)
    .insertInto("grants")
    .values({
      id: row.id,
      seeker_id: row.seekerId,
      program_id: row.programId,
      coach_id: row.coachId,
      scopes: row.scopes,
      purpose: row.purpose,
      expires_at: row.expiresAt,
      created_at: row.createdAt,
      updated_at: row.updatedAt,
      revoked_at: row.revokedAt,
    })
    .execute();
}

export async function updateGrantRow(
  tx: Tx,
  id: string,
  values: { scopes?: string; expiresAt?: string; revokedAt?: string; updatedAt: string },
) {
  await dbOf(tx)
    .updateTable("grants")
    .set({
      updated_at: values.updatedAt,
      ...(values.scopes !== undefined ? { scopes: values.scopes } : {}),
      ...(values.expiresAt !== undefined ? { expires_at: values.expiresAt } : {}),
      ...(values.revokedAt !== undefined ? { revoked_at: values.revokedAt } : {}),
    })
    .where("id", "=", id)
    .execute();
}

export async function grantOfSeeker(
  tx: Tx,
  seekerId: string,
  id: string,
): Promise<GrantRow | undefined> {
  return dbOf(tx)
    .selectFrom("grants")
    .select(grantColumns)
    .where("id", "=", id)
    .where("seeker_id", "=", seekerId)
    .executeTakeFirst();
}

export async function grantsOfSeeker(tx: Tx, seekerId: string): Promise<GrantRow[]> {
  return dbOf(tx)
    .selectFrom("grants")
    .select(grantColumns)
    .where("seeker_id", "=", seekerId)
    .orderBy("created_at", "desc")
    .execute();
}

/** Grants not revoked and not expired at `now`, of one program (optionally one seeker). */
export async function grantsInForce(
  tx: Tx,
  programId: string,
  now: string,
  seekerId?: string,
): Promise<GrantRow[]> {
  let query = dbOf(tx)
    .selectFrom("grants")
    .select(grantColumns)
    .where("program_id", "=", programId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now);
  if (seekerId !== undefined) query = query.where("seeker_id", "=", seekerId);
  return query.execute();
}

export async function revokeGrantsOfMember(
  tx: Tx,
  programId: string,
  seekerId: string,
  at: string,
) {
  return dbOf(tx)
    .updateTable("grants")
    .set({ revoked_at: at, updated_at: at })
    .where("program_id", "=", programId)
    .where("seeker_id", "=", seekerId)
    .where("revoked_at", "is", null)
    .returning(grantColumns)
    .execute();
}

export interface ReceiptRow {
  id: string;
  seekerId: string;
  grantId: string;
  change: string;
  scopes: string;
  purpose: string;
  whom: string;
  expiresAt: string;
  at: string;
}

export async function insertReceipt(tx: Tx, row: ReceiptRow) {
  await dbOf(tx)
    .insertInto("grant_receipts")
    .values({
      id: row.id,
      seeker_id: row.seekerId,
      grant_id: row.grantId,
      change: row.change,
      scopes: row.scopes,
      purpose: row.purpose,
      whom: row.whom,
      expires_at: row.expiresAt,
      at: row.at,
    })
    .execute();
}

export async function receiptsOf(tx: Tx, seekerId: string) {
  return dbOf(tx)
    .selectFrom("grant_receipts")
    .select([
      "id",
      "grant_id as grantId",
      "change",
      "scopes",
      "purpose",
      "whom",
      "expires_at as expiresAt",
      "at",
    ])
    .where("seeker_id", "=", seekerId)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(1000)
    .execute();
}

export interface AccessLogRow {
  id: string;
  seekerId: string;
  staffId: string;
  staffName: string;
  staffEmail: string;
  centerName: string;
  programName: string;
  what: string;
  scopes: string;
  at: string;
}

/** Every entry in one statement: a page of the cohort writes one row a seeker shown. */
export async function insertAccessLog(tx: Tx, rows: readonly AccessLogRow[]) {
  if (rows.length === 0) return;
  await dbOf(tx)
    .insertInto("access_log")
    .values(
      rows.map((row) => ({
        id: row.id,
        seeker_id: row.seekerId,
        staff_id: row.staffId,
        staff_name: row.staffName,
        staff_email: row.staffEmail,
        center_name: row.centerName,
        program_name: row.programName,
        what: row.what,
        scopes: row.scopes,
        at: row.at,
      })),
    )
    .execute();
}

export async function accessLogOf(tx: Tx, seekerId: string, limit: number, offset: number) {
  const db = dbOf(tx);
  const [items, total] = await Promise.all([
    db
      .selectFrom("access_log")
      .select([
        "id",
        "staff_name as staffName",
        "staff_email as staffEmail",
        "center_name as centerName",
        "program_name as programName",
        "what",
        "scopes",
        "at",
      ])
      .where("seeker_id", "=", seekerId)
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("access_log")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("seeker_id", "=", seekerId)
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
