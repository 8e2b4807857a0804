// Seekers in programs, and the invitations that bring them in (only a hash of each token).
import type { Tx } from "../../handle.js";
import { dbOf } from "../../handle.js";

export async function insertMember(
  tx: Tx,
  row: { programId: string; seekerId: string; joinedAt: string },
): Promise<boolean> {
  const result = await dbOf(tx)
    .insertInto("program_members")
    .values({ program_id: row.programId, seeker_id: row.seekerId, joined_at: row.joinedAt })
    .onConflict((c) => c.columns(["program_id", "seeker_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A program's seekers with the name and address joining shared. */
function seekersIn(tx: Tx, programId: string) {
  return dbOf(tx)
    .selectFrom("program_members as m")
    .innerJoin("user as u", "u.id", "m.seeker_id")
    .select(["m.seeker_id as seekerId", "u.name", "u.email", "m.joined_at as joinedAt"])
    .where("m.program_id", "=", programId);
}

export async function membership(tx: Tx, programId: string, seekerId: string) {
  return seekersIn(tx, programId).where("m.seeker_id", "=", seekerId).executeTakeFirst();
}

export async function membersOf(tx: Tx, programId: string) {
  return seekersIn(tx, programId).execute();
}

export async function programsOfSeeker(tx: Tx, seekerId: string) {
  return dbOf(tx)
    .selectFrom("program_members as m")
    .innerJoin("programs as p", "p.id", "m.program_id")
    .innerJoin("centers as c", "c.id", "p.center_id")
    .select([
      "p.id",
      "p.center_id as centerId",
      "c.name as centerName",
      "p.name",
      "p.purpose",
      "p.starts_on as startsOn",
      "p.ends_on as endsOn",
      "m.joined_at as joinedAt",
    ])
    .where("m.seeker_id", "=", seekerId)
    .orderBy("m.joined_at", "desc")
    .execute();
}

/** The seeker leaves: membership, grants in force and the staff's private notes go. */
export async function deleteMember(tx: Tx, programId: string, seekerId: string): Promise<void> {
  await dbOf(tx)
    .deleteFrom("program_members")
    .where("program_id", "=", programId)
    .where("seeker_id", "=", seekerId)
    .execute();
  await dbOf(tx)
    .deleteFrom("staff_notes")
    .where("program_id", "=", programId)
    .where("seeker_id", "=", seekerId)
    .execute();
}

export async function insertDeparture(
  tx: Tx,
  row: { id: string; programId: string; leftOn: string; facts: string },
) {
  await dbOf(tx)
    .insertInto("program_departures")
    .values({ id: row.id, program_id: row.programId, left_on: row.leftOn, facts: row.facts })
    .execute();
}

export async function departuresOf(tx: Tx, programId: string): Promise<string[]> {
  const rows = await dbOf(tx)
    .selectFrom("program_departures")
    .select("facts")
    .where("program_id", "=", programId)
    .execute();
  return rows.map((r) => r.facts);
}

export interface InvitationRow {
  id: string;
  programId: string;
  email: string | null;
  emailDomain: string | null;
  expiresAt: string;
  createdAt: string;
  acceptedBy: string | null;
  acceptedAt: string | null;
  revokedAt: string | null;
}

const invitationColumns = [
  "id",
  "program_id as programId",
  "email",
  "email_domain as emailDomain",
  "expires_at as expiresAt",
  "created_at as createdAt",
  "accepted_by as acceptedBy",
  "accepted_at as acceptedAt",
  "revoked_at as revokedAt",
] as const;

export async function insertInvitation(
  tx: Tx,
  row: Omit<InvitationRow, "acceptedBy" | "acceptedAt" | "revokedAt"> & {
    tokenHash: string;
    createdBy: string;
  },
) {
  await dbOf(tx)
    .insertInto("program_invitations")
    .values({
      id: row.id,
      program_id: row.programId,
      token_hash: row.tokenHash,
      email: row.email,
      email_domain: row.emailDomain,
      expires_at: row.expiresAt,
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .execute();
}

export async function invitationByTokenHash(
  tx: Tx,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  return dbOf(tx)
    .selectFrom("program_invitations")
    .select(invitationColumns)
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function invitationById(tx: Tx, id: string): Promise<InvitationRow | undefined> {
  return dbOf(tx)
    .selectFrom("program_invitations")
    .select(invitationColumns)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function invitationsOf(tx: Tx, programId: string): Promise<InvitationRow[]> {
  return dbOf(tx)
    .selectFrom("program_invitations")
    .select(invitationColumns)
    .where("program_id", "=", programId)
    .orderBy("created_at", "desc")
    .limit(500)
    .execute();
}

/** Marks a personal invitation used; false when someone used it first. */
export async function markInvitationAccepted(
  tx: Tx,
  id: string,
  by: string,
  at: string,
): Promise<boolean> {
  const result = await dbOf(tx)
    .updateTable("program_invitations")
    .set({ accepted_by: by, accepted_at: at })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markInvitationRevoked(tx: Tx, id: string, at: string): Promise<void> {
  await dbOf(tx)
    .updateTable("program_invitations")
    .set({ revoked_at: at })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
}
