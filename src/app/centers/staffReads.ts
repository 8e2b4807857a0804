// Every staff read of a seeker's data leaves an entry in that seeker's access log, written in a
// transaction of its own before the answer leaves: when the entry cannot be written, the read is
// refused and nothing of what was gathered is sent.
import type { Scope } from "../../domain/centers/consent.js";
import { orderedScopes } from "../../domain/centers/consent.js";
import { newId } from "../../store/ids.js";
import type { ProgramRow } from "../../store/repositories/centers/centers.repository.js";
import { insertAccessLog } from "../../store/repositories/centers/grants.repository.js";
import { type AppContext, inTransaction } from "../context.js";
import { currentUser } from "./access.js";

export type StaffReadKind = "cohort dashboard" | "seeker view" | "program report";

export async function logStaffReads(
  ctx: AppContext,
  program: ProgramRow,
  what: StaffReadKind,
  reads: readonly { seekerId: string; scopes: Iterable<Scope> }[],
): Promise<void> {
  const shown = reads
    .map((read) => ({ seekerId: read.seekerId, scopes: orderedScopes(read.scopes) }))
    .filter((read) => read.scopes.length > 0);
  if (shown.length === 0) return;
  await inTransaction(ctx, async (tx) => {
    const staff = await currentUser(ctx, tx);
    const at = ctx.clock.now();
    await insertAccessLog(
      tx,
      shown.map((read) => ({
        id: newId(),
        seekerId: read.seekerId,
        staffId: ctx.ownerId,
        staffName: staff.name,
        staffEmail: staff.email,
        centerName: program.centerName,
        programName: program.name,
        what,
        scopes: JSON.stringify(read.scopes),
        at,
      })),
    );
  });
}
