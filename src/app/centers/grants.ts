// The seeker's consent: grants to a program or one of its coaches, for chosen scopes, until a
// date (by default the program's end). Every grant and change leaves a dated receipt with the
// scopes, the center's purpose and whom it speaks to; the seeker keeps receipts after leaving.
import type { z } from "zod";
import { grantExpiry, isInForce, orderedScopes, type Scope } from "../../domain/centers/consent.js";
import { Conflict, NotFound, RuleViolation } from "../../domain/errors.js";
import { dateInZone } from "../../domain/time.js";
import { newId } from "../../store/ids.js";
import {
  coachesOf,
  type ProgramRow,
  programById,
} from "../../store/repositories/centers/centers.repository.js";
import {
  type GrantRow,
  grantOfSeeker,
  grantsOfSeeker,
  insertGrant,
  insertReceipt,
  receiptsOf,
  updateGrantRow,
} from "../../store/repositories/centers/grants.repository.js";
import { membership } from "../../store/repositories/centers/members.repository.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import type { Grant, grantUpdate, newGrant, receiptSchema } from "../views/centers.js";

export const parseScopes = (text: string): Scope[] => orderedScopes(JSON.parse(text) as Scope[]);

async function whomOf(tx: Tx, program: ProgramRow, coachId: string | null): Promise<string> {
  if (coachId === null) return `every coach of ${program.name} (${program.centerName})`;
  const coach = (await coachesOf(tx, [program.id])).find((c) => c.userId === coachId);
  return coach
    ? `${coach.name} <${coach.email}>, coach in ${program.name} (${program.centerName})`
    : `a former coach of ${program.name} (${program.centerName})`;
}

export async function grantView(ctx: AppContext, tx: Tx, row: GrantRow): Promise<Grant> {
  const program = await programById(tx, row.programId);
  return {
    id: row.id,
    programId: row.programId,
    programName: program?.name ?? "a program that ended",
    coachId: row.coachId,
    whom: program ? await whomOf(tx, program, row.coachId) : "nobody: the program is gone",
    scopes: parseScopes(row.scopes),
    purpose: row.purpose,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revokedAt: row.revokedAt,
    inForce: program !== undefined && isInForce(row, ctx.clock.now()),
  };
}

function requireScopes(scopes: readonly Scope[]): Scope[] {
  const chosen = orderedScopes(scopes);
  if (chosen.length === 0) {
    throw new RuleViolation("choose at least one scope, or revoke the grant", [
      { field: "scopes", message: "must hold at least one scope" },
    ]);
  }
  return chosen;
}

async function receipt(
  ctx: AppContext,
  tx: Tx,
  grant: GrantRow,
  change: "granted" | "changed" | "revoked",
) {
  const program = await programById(tx, grant.programId);
  await insertReceipt(tx, {
    id: newId(),
    seekerId: ctx.ownerId,
    grantId: grant.id,
    change,
    scopes: grant.scopes,
    purpose: grant.purpose,
    whom: program ? await whomOf(tx, program, grant.coachId) : "a program that ended",
    expiresAt: grant.expiresAt,
    at: ctx.clock.now(),
  });
}

function checkExpiry(program: ProgramRow, expiresAt: string, now: string) {
  if (expiresAt <= now) {
    throw new RuleViolation(
      `${program.name} ended on ${program.endsOn}: there is nothing to share`,
      [{ field: "expiresOn", message: "must be today or later, within the program" }],
    );
  }
}

export async function grantAccess(
  ctx: AppContext,
  input: z.output<typeof newGrant>,
): Promise<Grant> {
  const scopes = requireScopes(input.scopes);
  return inTransaction(ctx, async (tx) => {
    const program = await programById(tx, input.programId);
    if (!program || !(await membership(tx, input.programId, ctx.ownerId))) {
      throw new NotFound("program", input.programId);
    }
    if (input.coachId !== null) {
      const coaches = await coachesOf(tx, [program.id]);
      if (!coaches.some((c) => c.userId === input.coachId)) {
        throw new RuleViolation("a grant to one person goes to one of the program's coaches", [
          { field: "coachId", message: "is not a coach of this program" },
        ]);
      }
    }
    const now = ctx.clock.now();
    const expiresAt = grantExpiry(program.endsOn, input.expiresOn);
    checkExpiry(program, expiresAt, now);
    const row: GrantRow = {
      id: newId(),
      seekerId: ctx.ownerId,
      programId: program.id,
      coachId: input.coachId,
      scopes: JSON.stringify(scopes),
      purpose: program.purpose,
      expiresAt,
      createdAt: now,
      updatedAt: now,
      revokedAt: null,
    };
    await insertGrant(tx, row);
    await receipt(ctx, tx, row, "granted");
    return grantView(ctx, tx, row);
  });
}

async function ownGrant(ctx: AppContext, tx: Tx, id: string): Promise<GrantRow> {
  const grant = await grantOfSeeker(tx, ctx.ownerId, id);
  if (!grant) throw new NotFound("grant", id);
  return grant;
}

export async function changeGrant(
  ctx: AppContext,
  id: string,
  input: z.output<typeof grantUpdate>,
): Promise<Grant> {
  return inTransaction(ctx, async (tx) => {
    const grant = await ownGrant(ctx, tx, id);
    const now = ctx.clock.now();
    if (!isInForce(grant, now)) {
      throw new Conflict("this grant has ended; grant anew instead", [
        { field: "id", message: grant.revokedAt ? "was revoked" : "has expired" },
      ]);
    }
    const program = await programById(tx, grant.programId);
    if (!program) throw new NotFound("grant", id);
    const scopes =
      input.scopes !== undefined ? JSON.stringify(requireScopes(input.scopes)) : undefined;
    const expiresAt =
      input.expiresOn !== undefined ? grantExpiry(program.endsOn, input.expiresOn) : undefined;
    if (expiresAt !== undefined) checkExpiry(program, expiresAt, now);
    await updateGrantRow(tx, id, { scopes, expiresAt, updatedAt: now });
    const changed = await ownGrant(ctx, tx, id);
    await receipt(ctx, tx, changed, "changed");
    return grantView(ctx, tx, changed);
  });
}

/** Takes effect on the coach's next request: every staff read checks the grants anew. */
export async function revokeAccess(ctx: AppContext, id: string): Promise<Grant> {
  return inTransaction(ctx, async (tx) => {
    const grant = await ownGrant(ctx, tx, id);
    const now = ctx.clock.now();
    if (grant.revokedAt === null) {
      await updateGrantRow(tx, id, { revokedAt: now, updatedAt: now });
      await receipt(ctx, tx, { ...grant, revokedAt: now }, "revoked");
    }
    return grantView(ctx, tx, await ownGrant(ctx, tx, id));
  });
}

export async function listGrants(ctx: AppContext): Promise<Grant[]> {
  const tx = ctx.store.handle;
  const rows = await grantsOfSeeker(tx, ctx.ownerId);
  return Promise.all(rows.map((row) => grantView(ctx, tx, row)));
}

export async function listReceipts(ctx: AppContext): Promise<z.output<typeof receiptSchema>[]> {
  const rows = await receiptsOf(ctx.store.handle, ctx.ownerId);
  return rows.map((row) => ({
    ...row,
    change: row.change as z.output<typeof receiptSchema>["change"],
    scopes: parseScopes(row.scopes),
  }));
}

/** Today's date in UTC, for the rules that count days since joining. */
export function todayUtc(ctx: AppContext): string {
  return dateInZone(ctx.clock.now(), "UTC");
}
