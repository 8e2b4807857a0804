// Targets: a role in an industry at some organizations. The organizations live in a join
// table, written with the target in one transaction.
import { RuleViolation } from "../domain/errors.js";
import { getById, ownsRow } from "../store/ownedRepository.js";
import { latestPitchText, savePitchText } from "../store/repositories/preparation.repository.js";
import {
  organizationIdsOf,
  replaceTargetOrganizations,
} from "../store/repositories/targets.repository.js";
import type { Entity } from "../store/tableSpec.js";
import { listPageMatching } from "../store/textMatch.js";
import { type AppContext, inTransaction, type Tx } from "./context.js";
import { createIn, genericService, type ResourceService, updateIn } from "./crud.js";
import { targetResource } from "./entities/target.js";

async function withOrganizations(tx: Tx, ownerId: string, target: Entity): Promise<Entity> {
  return { ...target, organizationIds: await organizationIdsOf(tx, ownerId, String(target.id)) };
}

async function writeOrganizations(
  ctx: AppContext,
  tx: Tx,
  targetId: string,
  ids: string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  for (const [index, id] of unique.entries()) {
    if (!(await ownsRow(tx, "organizations", ctx.ownerId, id))) {
      throw new RuleViolation("organizationIds names an unknown organization", [
        { field: `organizationIds.${index}`, message: `no organization with id ${id}` },
      ]);
    }
  }
  await replaceTargetOrganizations(tx, ctx.ownerId, targetId, unique);
}

/**
 * A new target starts from the last pitch written: who I am and what I did rarely change between
 * targets, and an empty pitch would leave the next request without an introduction.
 */
async function startPitchFromLatest(ctx: AppContext, tx: Tx, targetId: string): Promise<void> {
  const latest = await latestPitchText(tx, ctx.ownerId);
  if (latest) await savePitchText(tx, ctx.ownerId, targetId, null, latest, ctx.clock.now());
}

function split(input: Entity): { fields: Entity; organizationIds: string[] | undefined } {
  const { organizationIds, ...fields } = input;
  return { fields, organizationIds: organizationIds as string[] | undefined };
}

export const targetsService: ResourceService = {
  ...genericService(targetResource),
  async list(ctx, page, filter, query) {
    const { items, total } = await listPageMatching(
      ctx.store.handle,
      targetResource,
      ctx.ownerId,
      page,
      filter,
      { fields: targetResource.searchFields, query },
    );
    const full = await Promise.all(
      items.map((t) => withOrganizations(ctx.store.handle, ctx.ownerId, t)),
    );
    return { items: full, total, ...page };
  },
  async get(ctx, id) {
    const target = await getById(ctx.store.handle, targetResource, ctx.ownerId, id, "target");
    return withOrganizations(ctx.store.handle, ctx.ownerId, target);
  },
  create: (ctx, input) =>
    inTransaction(ctx, async (tx) => {
      const { fields, organizationIds } = split(input);
      const target = await createIn(ctx, tx, targetResource, fields);
      await writeOrganizations(ctx, tx, String(target.id), organizationIds ?? []);
      await startPitchFromLatest(ctx, tx, String(target.id));
      return withOrganizations(tx, ctx.ownerId, target);
    }),
  update: (ctx, id, input) =>
    inTransaction(ctx, async (tx) => {
      const { fields, organizationIds } = split(input);
      const target = await updateIn(ctx, tx, targetResource, id, fields);
      if (organizationIds) await writeOrganizations(ctx, tx, id, organizationIds);
      return withOrganizations(tx, ctx.ownerId, target);
    }),
};
