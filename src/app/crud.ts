// The plain create/read/update/delete use cases every resource starts from. Resources with
// rules of their own (people, targets, conversations…) wrap these in their own services.
import { NotFound } from "../domain/errors.js";
import { dateInZone } from "../domain/time.js";
import { newId } from "../store/ids.js";
import {
  assertRefsOwned,
  deleteOne,
  getById,
  insertOne,
  type ListFilter,
  type PageRequest,
  updateOne,
} from "../store/ownedRepository.js";
import type { Entity } from "../store/tableSpec.js";
import { listPageMatching } from "../store/textMatch.js";
import { type AppContext, inTransaction, type Tx } from "./context.js";
import type { ResourceDef } from "./resource.js";
import { loadSettings } from "./settings.js";

export interface Page {
  items: Entity[];
  total: number;
  /** People search: true when `total` is "at least" (see store/peopleSearchPage.ts). */
  totalIsLowerBound?: boolean;
  limit: number;
  offset: number;
}

export interface ListOptions {
  /** Count every match even past the bound a search otherwise stops at. */
  exactCount?: boolean;
}

export interface ResourceService {
  def: ResourceDef;
  list(
    ctx: AppContext,
    page: PageRequest,
    filter: ListFilter,
    query?: string,
    options?: ListOptions,
  ): Promise<Page>;
  get(ctx: AppContext, id: string): Promise<Entity>;
  create(ctx: AppContext, input: Entity): Promise<Entity>;
  update(ctx: AppContext, id: string, input: Entity): Promise<Entity>;
  remove(ctx: AppContext, id: string): Promise<void>;
}

export async function withDefaults(
  ctx: AppContext,
  tx: Tx,
  def: ResourceDef,
  input: Entity,
): Promise<Entity> {
  let clockDefaults: Record<string, unknown> = {};
  if (def.clockDefaults) {
    const now = ctx.clock.now();
    const settings = await loadSettings(tx, ctx.ownerId);
    clockDefaults = def.clockDefaults(now, dateInZone(now, settings.timeZone));
  }
  return { ...def.defaults, ...clockDefaults, ...input };
}

/** The repository functions that write a resource's row; people's also keep their search text. */
export interface RowWriter {
  insert: typeof insertOne;
  update: typeof updateOne;
}

const plainRows: RowWriter = { insert: insertOne, update: updateOne };

/** Inserts a validated input inside an open transaction. */
export async function createIn(
  ctx: AppContext,
  tx: Tx,
  def: ResourceDef,
  input: Entity,
  rows: RowWriter = plainRows,
): Promise<Entity> {
  const values = await withDefaults(ctx, tx, def, input);
  await assertRefsOwned(tx, def, ctx.ownerId, values);
  return rows.insert(tx, def, ctx.ownerId, newId(), values, ctx.clock.now());
}

export async function updateIn(
  ctx: AppContext,
  tx: Tx,
  def: ResourceDef,
  id: string,
  input: Entity,
  rows: RowWriter = plainRows,
): Promise<Entity> {
  await getById(tx, def, ctx.ownerId, id, def.name);
  await assertRefsOwned(tx, def, ctx.ownerId, input);
  const updated = await rows.update(tx, def, ctx.ownerId, id, input, ctx.clock.now());
  if (!updated) throw new NotFound(def.name, id);
  return updated;
}

export function genericService(def: ResourceDef): ResourceService {
  return {
    def,
    async list(ctx, page, filter, query) {
      const { items, total } = await listPageMatching(
        ctx.store.handle,
        def,
        ctx.ownerId,
        page,
        filter,
        { fields: def.searchFields, query },
      );
      return { items, total, ...page };
    },
    get: (ctx, id) => getById(ctx.store.handle, def, ctx.ownerId, id, def.name),
    create: (ctx, input) => inTransaction(ctx, (tx) => createIn(ctx, tx, def, input)),
    update: (ctx, id, input) => inTransaction(ctx, (tx) => updateIn(ctx, tx, def, id, input)),
    async remove(ctx, id) {
      const removed = await deleteOne(ctx.store.handle, def, ctx.ownerId, id);
      if (!removed) throw new NotFound(def.name, id);
    },
  };
}
