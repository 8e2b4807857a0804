// Programs (a cohort, a workshop, a term): their dates, the purpose the center gives for
// looking, their coaches and their milestones.
import type { z } from "zod";
import type { MilestoneMetric } from "../../domain/centers/milestones.js";
import { METRIC_WORDS, milestoneDueOn } from "../../domain/centers/milestones.js";
import { NotFound, RuleViolation } from "../../domain/errors.js";
import { newId } from "../../store/ids.js";
import {
  deleteMilestone,
  insertMilestone,
  insertProgram,
  milestoneById,
  milestonesOf,
  programById,
  setCoaches,
  staffOf,
  updateProgramRow,
} from "../../store/repositories/centers/centers.repository.js";
import { invitationsOf } from "../../store/repositories/centers/members.repository.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import type {
  milestoneSchema,
  newMilestone,
  newProgram,
  Program,
  programDetailSchema,
  programUpdate,
} from "../views/centers.js";
import { programAccess, staffAccess } from "./access.js";
import { programViews } from "./centers.js";

type Milestone = z.output<typeof milestoneSchema>;

function checkDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) {
    throw new RuleViolation("a program ends after it starts", [
      { field: "endsOn", message: `must be on or after ${startsOn}` },
    ]);
  }
}

async function checkCoaches(tx: Tx, centerId: string, coachIds: readonly string[]) {
  const staff = await staffOf(tx, centerId);
  const coaching = new Set(staff.filter((s) => s.role !== "analyst").map((s) => s.userId));
  const issues = coachIds.flatMap((id, index) =>
    coaching.has(id)
      ? []
      : [{ field: `coachIds.${index}`, message: "is not a coach or admin of this center" }],
  );
  if (issues.length > 0) throw new RuleViolation("only the center's coaches can coach", issues);
}

async function programView(ctx: AppContext, tx: Tx, programId: string, role: Program["yourRole"]) {
  const program = await programById(tx, programId);
  if (!program) throw new NotFound("program", programId);
  const [view] = await programViews(ctx, tx, [program], role === "coach" ? "admin" : role);
  if (!view) throw new NotFound("program", programId);
  return { ...view, yourRole: role };
}

export async function createProgram(
  ctx: AppContext,
  centerId: string,
  input: z.output<typeof newProgram>,
): Promise<Program> {
  checkDates(input.startsOn, input.endsOn);
  return inTransaction(ctx, async (tx) => {
    const access = await staffAccess(ctx, tx, centerId, ["admin"]);
    const coachIds = [...new Set(input.coachIds)];
    await checkCoaches(tx, centerId, coachIds);
    const id = newId();
    await insertProgram(tx, {
      id,
      centerId,
      name: input.name,
      purpose: input.purpose,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      createdAt: ctx.clock.now(),
    });
    await setCoaches(tx, id, coachIds);
    return programView(ctx, tx, id, access.role);
  });
}

export async function updateProgram(
  ctx: AppContext,
  programId: string,
  input: z.output<typeof programUpdate>,
): Promise<Program> {
  return inTransaction(ctx, async (tx) => {
    const { program, role } = await programAccess(ctx, tx, programId, "people");
    if (role !== "admin") throw new NotFound("program", programId);
    checkDates(input.startsOn ?? program.startsOn, input.endsOn ?? program.endsOn);
    await updateProgramRow(tx, programId, input);
    if (input.coachIds !== undefined) {
      const coachIds = [...new Set(input.coachIds)];
      await checkCoaches(tx, program.centerId, coachIds);
      await setCoaches(tx, programId, coachIds);
    }
    return programView(ctx, tx, programId, role);
  });
}

export function milestoneViews(
  rows: { id: string; title: string; metric: string; target: number; byWeek: number }[],
  startsOn: string,
): Milestone[] {
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    metric: row.metric as MilestoneMetric,
    target: row.target,
    byWeek: row.byWeek,
    dueOn: milestoneDueOn(startsOn, row.byWeek),
  }));
}

export async function getProgram(
  ctx: AppContext,
  programId: string,
): Promise<z.output<typeof programDetailSchema>> {
  const tx = ctx.store.handle;
  const access = await programAccess(ctx, tx, programId, "aggregates");
  const manages = access.role === "admin" || access.coaches;
  const [view, milestones, invitations] = await Promise.all([
    programView(ctx, tx, programId, access.role),
    milestonesOf(tx, [programId]),
    manages ? invitationsOf(tx, programId) : Promise.resolve([]),
  ]);
  return {
    ...view,
    milestones: milestoneViews(milestones, access.program.startsOn),
    invitations: invitations.map(({ programId: _p, acceptedBy: _a, ...rest }) => rest),
  };
}

export async function addMilestone(
  ctx: AppContext,
  programId: string,
  input: z.output<typeof newMilestone>,
): Promise<Milestone> {
  return inTransaction(ctx, async (tx) => {
    const { program } = await programAccess(ctx, tx, programId, "manage");
    const title =
      input.title?.trim() ||
      `${input.target} ${METRIC_WORDS[input.metric]} by week ${input.byWeek}`;
    const row = { id: newId(), programId, title, ...input, createdAt: ctx.clock.now() };
    await insertMilestone(tx, row);
    const [view] = milestoneViews([row], program.startsOn);
    return view as Milestone;
  });
}

export async function removeMilestone(ctx: AppContext, milestoneId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const milestone = await milestoneById(tx, milestoneId);
    if (!milestone) throw new NotFound("milestone", milestoneId);
    await programAccess(ctx, tx, milestone.programId, "manage").catch(() => {
      throw new NotFound("milestone", milestoneId);
    });
    await deleteMilestone(tx, milestoneId);
  });
}
