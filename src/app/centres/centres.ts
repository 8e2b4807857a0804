// A centre and its staff: anyone signed in may start one (a coach's own practice, or a school's
// career office) and is its first admin; admins add staff, each with one role, and the material
// the centre shares with its seekers.
import type { z } from "zod";
import type { StaffRole } from "../../domain/centres/consent.js";
import { Conflict, NotFound } from "../../domain/errors.js";
import { newId } from "../../store/ids.js";
import {
  centresOfStaff,
  coachesOf,
  countAdmins,
  deleteMaterial,
  deleteStaff,
  insertCentre,
  insertMaterial,
  insertStaff,
  materialById,
  materialOf,
  memberCounts,
  type ProgramRow,
  programsOfCentre,
  staffOf,
  userByEmail,
} from "../../store/repositories/centres/centres.repository.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import type {
  centreSchema,
  centreSummarySchema,
  materialSchema,
  newCentre,
  newMaterial,
  newStaffMember,
  Program,
  staffMemberSchema,
} from "../views/centres.js";
import { staffAccess } from "./access.js";

type CentreView = z.output<typeof centreSchema>;

export async function createCentre(
  ctx: AppContext,
  input: z.output<typeof newCentre>,
): Promise<z.output<typeof centreSummarySchema>> {
  return inTransaction(ctx, async (tx) => {
    const id = newId();
    const createdAt = ctx.clock.now();
    await insertCentre(tx, { id, name: input.name, createdAt });
    await insertStaff(tx, { centreId: id, userId: ctx.ownerId, role: "admin", addedAt: createdAt });
    return { id, name: input.name, role: "admin", createdAt };
  });
}

export async function listCentres(
  ctx: AppContext,
): Promise<z.output<typeof centreSummarySchema>[]> {
  const rows = await centresOfStaff(ctx.store.handle, ctx.ownerId);
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}

/** Programmes as this member of staff sees them: a coach only those they coach. */
export async function programViews(
  ctx: AppContext,
  tx: Tx,
  programs: ProgramRow[],
  role: StaffRole,
): Promise<Program[]> {
  const ids = programs.map((p) => p.id);
  const [coaches, counts] = await Promise.all([coachesOf(tx, ids), memberCounts(tx, ids)]);
  return programs.flatMap((program) => {
    const own = coaches.filter((c) => c.programId === program.id);
    const youCoach = own.some((c) => c.userId === ctx.ownerId);
    if (role === "coach" && !youCoach) return [];
    return [
      {
        ...program,
        coaches: own.map(({ userId, name, email }) => ({ userId, name, email })),
        seekers: counts.get(program.id) ?? 0,
        yourRole: role,
        youCoach,
      },
    ];
  });
}

export async function getCentre(ctx: AppContext, centreId: string): Promise<CentreView> {
  const tx = ctx.store.handle;
  const access = await staffAccess(ctx, tx, centreId, ["admin", "coach", "analyst"]);
  const [staff, programs, material] = await Promise.all([
    staffOf(tx, centreId),
    programsOfCentre(tx, centreId),
    materialOf(tx, [centreId]),
  ]);
  const centre = (await centresOfStaff(tx, ctx.ownerId)).find((c) => c.id === centreId);
  return {
    id: centreId,
    name: access.centreName,
    role: access.role,
    createdAt: centre?.createdAt ?? "",
    staff: staff.map((s) => ({ ...s, role: s.role as StaffRole })),
    programs: await programViews(ctx, tx, programs, access.role),
    material: material.map(materialView),
  };
}

export function materialView(row: {
  id: string;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
}): z.output<typeof materialSchema> {
  return {
    id: row.id,
    kind: row.kind as z.output<typeof materialSchema>["kind"],
    title: row.title,
    body: row.body,
    createdAt: row.createdAt,
  };
}

/**
 * Adds someone to the staff, or changes their role. Someone with no account yet gets one by
 * invitation (`invite`, which mails them a link to choose a password), then joins the staff.
 */
export async function addStaff(
  ctx: AppContext,
  centreId: string,
  input: z.output<typeof newStaffMember>,
  invite: (email: string, name: string) => Promise<void>,
): Promise<z.output<typeof staffMemberSchema>> {
  const email = input.email.trim().toLowerCase();
  await staffAccess(ctx, ctx.store.handle, centreId, ["admin"]);
  if (!(await userByEmail(ctx.store.handle, email))) {
    await invite(email, input.name?.trim() || email.split("@")[0] || email);
  }
  return inTransaction(ctx, async (tx) => {
    await staffAccess(ctx, tx, centreId, ["admin"]);
    const user = await userByEmail(tx, email);
    if (!user) throw new NotFound("account", email);
    const addedAt = ctx.clock.now();
    if (
      user.id === ctx.ownerId &&
      input.role !== "admin" &&
      (await countAdmins(tx, centreId)) <= 1
    ) {
      throw new Conflict("a centre keeps at least one admin", [
        { field: "role", message: "you are its only admin" },
      ]);
    }
    await insertStaff(tx, { centreId, userId: user.id, role: input.role, addedAt });
    const row = (await staffOf(tx, centreId)).find((s) => s.userId === user.id);
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      role: input.role,
      addedAt: row?.addedAt ?? addedAt,
    };
  });
}

export async function removeStaff(
  ctx: AppContext,
  centreId: string,
  userId: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await staffAccess(ctx, tx, centreId, ["admin"]);
    const staff = await staffOf(tx, centreId);
    const leaving = staff.find((s) => s.userId === userId);
    if (!leaving) throw new NotFound("staff member", userId);
    if (leaving.role === "admin" && staff.filter((s) => s.role === "admin").length <= 1) {
      throw new Conflict("a centre keeps at least one admin", [
        { field: "userId", message: "is the only admin" },
      ]);
    }
    await deleteStaff(tx, centreId, userId);
  });
}

export async function addMaterial(
  ctx: AppContext,
  centreId: string,
  input: z.output<typeof newMaterial>,
): Promise<z.output<typeof materialSchema>> {
  return inTransaction(ctx, async (tx) => {
    await staffAccess(ctx, tx, centreId, ["admin", "coach"]);
    const row = { id: newId(), centreId, ...input, createdAt: ctx.clock.now() };
    await insertMaterial(tx, row);
    return materialView(row);
  });
}

export async function removeMaterial(ctx: AppContext, materialId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const material = await materialById(tx, materialId);
    if (!material) throw new NotFound("material", materialId);
    await staffAccess(ctx, tx, material.centreId, ["admin"]).catch(() => {
      throw new NotFound("material", materialId);
    });
    await deleteMaterial(tx, materialId);
  });
}
