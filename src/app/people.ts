// People: the generic resource plus what search needs. Every write recomputes the person's
// folded search text in the same transaction, so the index never lags behind the row.

import { NotFound, RuleViolation } from "../domain/errors.js";
import { personStage } from "../domain/pipeline.js";
import type { ConversationStatus } from "../domain/vocabulary.js";
import { getById, listPage } from "../store/ownedRepository.js";
import { searchPeoplePage } from "../store/peopleSearchPage.js";
import {
  conversationStatusesOf,
  organizationNames,
  setPersonStage,
} from "../store/repositories/people.repository.js";
import {
  insertPerson,
  removePerson,
  updatePerson,
} from "../store/repositories/peopleWrite.repository.js";
import type { Entity } from "../store/tableSpec.js";
import type { AppContext, Tx } from "./context.js";
import { inTransaction } from "./context.js";
import { createIn, type ResourceService, type RowWriter, updateIn } from "./crud.js";
import { personResource } from "./entities/person.js";

/** A person's row is written with their search text, so the index never lags behind it. */
const personRows: RowWriter = { insert: insertPerson, update: updatePerson };

/**
 * Each listed person with their organization's name, so a list of people never needs every
 * organization sent to the browser to show whom they work for.
 */
async function withOrganizationNames(ctx: AppContext, people: Entity[]): Promise<Entity[]> {
  const ids = [
    ...new Set(
      people.map((p) => p.organizationId).filter((id): id is string => typeof id === "string"),
    ),
  ];
  const names =
    ids.length === 0
      ? new Map<string, string>()
      : await organizationNames(ctx.store.handle, ctx.ownerId, ids);
  // The entities are this request's own, fresh from their rows: named in place, since copying
  // 50 people of 30 fields each into new objects was a tenth of a search's time.
  for (const p of people) p.organizationName = names.get(p.organizationId as string) ?? null;
  return people;
}

export function createPersonIn(ctx: AppContext, tx: Tx, input: Entity): Promise<Entity> {
  return createIn(ctx, tx, personResource, input, personRows);
}

/** Recomputes how far along the pipeline a person is from all their conversations. */
export async function refreshPersonStage(ctx: AppContext, tx: Tx, personId: string): Promise<void> {
  const statuses = await conversationStatusesOf(tx, ctx.ownerId, personId);
  const stage = personStage(statuses as ConversationStatus[]);
  await setPersonStage(tx, ctx.ownerId, personId, stage);
}

export const peopleService: ResourceService = {
  def: personResource,
  async list(ctx, page, filter, query, options) {
    const store = ctx.store.handle;
    const found = query
      ? await searchPeoplePage(store, personResource, ctx.ownerId, query, page, filter, options)
      : null;
    const { items, total, totalIsLowerBound } = found ?? {
      ...(await listPage(store, personResource, ctx.ownerId, page, filter)),
      totalIsLowerBound: false,
    };
    return { items: await withOrganizationNames(ctx, items), total, totalIsLowerBound, ...page };
  },
  get: (ctx, id) => getById(ctx.store.handle, personResource, ctx.ownerId, id, "person"),
  create: (ctx, input) => inTransaction(ctx, (tx) => createPersonIn(ctx, tx, input)),
  update: (ctx, id, input) =>
    inTransaction(ctx, async (tx) => {
      if (input.referredById === id) {
        throw new RuleViolation("a person cannot refer themselves", [
          { field: "referredById", message: "must name someone else" },
        ]);
      }
      return updateIn(ctx, tx, personResource, id, input, personRows);
    }),
  remove: (ctx, id) =>
    inTransaction(ctx, async (tx) => {
      if (!(await removePerson(tx, personResource, ctx.ownerId, id))) {
        throw new NotFound("person", id);
      }
    }),
};
