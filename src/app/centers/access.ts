// Who on a center's staff may do what. Anyone who is not the center's staff, or a coach who
// does not coach the program asked about, meets the same answer as for a record that does not
// exist (404): the API does not tell outsiders which centers and programs there are.

import type { StaffRole } from "../../domain/centers/consent.js";
import { NotFound } from "../../domain/errors.js";
import {
  isCoachOf,
  type ProgramRow,
  programById,
  staffRole,
  userById,
} from "../../store/repositories/centers/centers.repository.js";
import type { AppContext, Tx } from "../context.js";

export interface StaffAccess {
  centerId: string;
  centerName: string;
  centerCreatedAt: string;
  role: StaffRole;
}

export async function staffAccess(
  ctx: AppContext,
  tx: Tx,
  centerId: string,
  allowed: readonly StaffRole[],
): Promise<StaffAccess> {
  const row = await staffRole(tx, centerId, ctx.ownerId);
  if (!row || !allowed.includes(row.role as StaffRole)) throw new NotFound("center", centerId);
  return {
    centerId: row.id,
    centerName: row.name,
    centerCreatedAt: row.createdAt,
    role: row.role as StaffRole,
  };
}

export interface ProgramAccess {
  program: ProgramRow;
  role: StaffRole;
  coaches: boolean;
}

/**
 * The program as this member of staff may reach it. `need` says for what: "manage" (admins,
 * and the program's own coaches), "people" (seekers by name: admins and its coaches),
 * "aggregates" (reports: anyone but another program's coach).
 */
export async function programAccess(
  ctx: AppContext,
  tx: Tx,
  programId: string,
  need: "manage" | "people" | "aggregates",
): Promise<ProgramAccess> {
  const program = await programById(tx, programId);
  if (!program) throw new NotFound("program", programId);
  const [staff, coaches] = await Promise.all([
    staffRole(tx, program.centerId, ctx.ownerId),
    isCoachOf(tx, programId, ctx.ownerId),
  ]);
  if (!staff) throw new NotFound("program", programId);
  const role = staff.role as StaffRole;
  const allowed = role === "admin" || coaches || (need === "aggregates" && role === "analyst");
  if (!allowed) throw new NotFound("program", programId);
  return { program, role, coaches };
}

/** The signed-in person's own name and address, for receipts, logs and comments. */
export async function currentUser(ctx: AppContext, tx: Tx) {
  const user = await userById(tx, ctx.ownerId);
  return user ?? { id: ctx.ownerId, name: "", email: "" };
}
