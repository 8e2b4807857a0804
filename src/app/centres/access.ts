// Who on a centre's staff may do what. Anyone who is not the centre's staff, or a coach who
// does not coach the programme asked about, meets the same answer as for a record that does not
// exist (404): the API does not tell outsiders which centres and programmes there are.

import type { StaffRole } from "../../domain/centres/consent.js";
import { NotFound } from "../../domain/errors.js";
import {
  isCoachOf,
  type ProgramRow,
  programById,
  staffRole,
  userById,
} from "../../store/repositories/centres/centres.repository.js";
import type { AppContext, Tx } from "../context.js";

export interface StaffAccess {
  centreId: string;
  centreName: string;
  role: StaffRole;
}

export async function staffAccess(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
  allowed: readonly StaffRole[],
): Promise<StaffAccess> {
  const row = await staffRole(tx, centreId, ctx.ownerId);
  if (!row || !allowed.includes(row.role as StaffRole)) throw new NotFound("centre", centreId);
  return { centreId: row.id, centreName: row.name, role: row.role as StaffRole };
}

export interface ProgramAccess {
  program: ProgramRow;
  role: StaffRole;
  coaches: boolean;
}

/**
 * The programme as this member of staff may reach it. `need` says for what: "manage" (admins,
 * and the programme's own coaches), "people" (seekers by name: admins and its coaches),
 * "aggregates" (reports: anyone but another programme's coach).
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
    staffRole(tx, program.centreId, ctx.ownerId),
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
