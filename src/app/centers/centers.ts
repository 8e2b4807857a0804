// A center and its staff: anyone signed in may start one (a coach's own practice, or a school's
// career office) and is its first admin; admins add staff, each with one role, and the material
// the center shares with its seekers.
import type { z } from "zod";
import type { StaffRole } from "../../domain/centers/consent.js";
import { Conflict, NotFound } from "../../domain/errors.js";
import { newId } from "../../store/ids.js";
import {
  centersOfStaff,
  coachesOf,
  countAdmins,
  deleteMaterial,
  deleteStaff,
  insertCenter,
  insertMaterial,
  insertStaff,
  materialById,
  materialOf,
  memberCounts,
  type ProgramRow,
  programsOfCenter,
  staffOf,
  userByEmail,
} from "../../store/repositories/centers/centers.repository.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import type {
  centerSchema,
  centerSummarySchema,
  materialSchema,
  newCenter,
  newMaterial,
  newStaffMember,
  Program,
  staffMemberSchema,
} from "../views/centers.js";
import { staffAccess } from "./access.js";

type CenterView = z.output<typeof centerSchema>;

export async function createCenter(
  ctx: AppContext,
  input: z.output<typeof newCenter>,
): Promise<z.output<typeof centerSummarySchema>> {
  return inTransaction(ctx, async (tx) => {
    const id = newId();
    const createdAt = ctx.clock.now();
    await insertCenter(tx, { id, name: input.name, createdAt });
    await insertStaff(tx, { centerId: id, userId: ctx.ownerId, role: "admin", addedAt: createdAt });
    return { id, name: input.name, role: "admin", createdAt };
  });
}

export async function listCenters(
  ctx: AppContext,
): Promise<z.output<typeof centerSummarySchema>[]> {
  const rows = await centersOfStaff(ctx.store.handle, ctx.ownerId);
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}

/** Programs as this member of staff sees them: a coach only those they coach. */
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

export async function getCenter(ctx: AppContext, centerId: string): Promise<CenterView> {
  const tx = ctx.store.handle;
  const access = await staffAccess(ctx, tx, centerId, ["admin", "coach", "analyst"]);
  const [staff, programs, material] = await Promise.all([
    staffOf(tx, centerId),
    programsOfCenter(tx, centerId),
    materialOf(tx, [centerId]),
  ]);
  return {
    id: centerId,
    name: access.centerName,
    role: access.role,
    createdAt: access.centerCreatedAt,
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
  centerId: string,
  input: z.output<typeof newStaffMember>,
  invite: (email: string, name: string) => Promise<void>,
): Promise<z.output<typeof staffMemberSchema>> {
  const email = input.email.trim().toLowerCase();
  await staffAccess(ctx, ctx.store.handle, centerId, ["admin"]);
  if (!(await userByEmail(ctx.store.handle, email))) {
    await invite(email, input.name?.trim() || email.split("@")[0] || email);
  }
  return inTransaction(ctx, async (tx) => {
    await staffAccess(ctx, tx, centerId, ["admin"]);
    const user = await userByEmail(tx, email);
    if (!user) throw new NotFound("account", email);
    const addedAt = ctx.clock.now();
    if (
      user.id === ctx.ownerId &&
      input.role !== "admin" &&
      (await countAdmins(tx, centerId)) <= 1
    ) {
      throw new Conflict("a center keeps at least one admin: make someone else admin first", [
        { field: "role", message: "you are its only admin" },
      ]);
    }
    await insertStaff(tx, { centerId, userId: user.id, role: input.role, addedAt });
    const row = (await staffOf(tx, centerId)).find((s) => s.userId === user.id);
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
  centerId: string,
  userId: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await staffAccess(ctx, tx, centerId, ["admin"]);
    const staff = await staffOf(tx, centerId);
    const leaving = staff.find((s) => s.userId === userId);
    if (!leaving) throw new NotFound("staff member", userId);
    if (leaving.role === "admin" && staff.filter((s) => s.role === "admin").length <= 1) {
      throw new Conflict("a center keeps at least one admin: make someone else admin first", [
        { field: "userId", message: "is the only admin" },
      ]);
    }
    await deleteStaff(tx, centerId, userId);
  });
}

export async function addMaterial(
  ctx: AppContext,
  centerId: string,
  input: z.output<typeof newMaterial>,
): Promise<z.output<typeof materialSchema>> {
  return inTransaction(ctx, async (tx) => {
    await staffAccess(ctx, tx, centerId, ["admin", "coach"]);
    const row = { id: newId(), centerId, ...input, createdAt: ctx.clock.now() };
    await insertMaterial(tx, row);
    return materialView(row);
  });
}

export async function removeMaterial(ctx: AppContext, materialId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const material = await materialById(tx, materialId);
    if (!material) throw new NotFound("material", materialId);
    await staffAccess(ctx, tx, material.centerId, ["admin"]).catch(() => {
      throw new NotFound("material", materialId);
    });
    await deleteMaterial(tx, materialId);
  });
}
