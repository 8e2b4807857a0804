// The question bank: built-in questions (no owner, shared by everyone, read-only) plus the
// owner's own. Lists show both; only the owner's own can be changed or deleted.

import type { Kysely } from "kysely";
import { sql } from "kysely";
import { Conflict, NotFound } from "../domain/errors.js";
import { deleteOne, type ListFilter } from "../store/ownedRepository.js";
import type { Database, QuestionTable } from "../store/schema.js";
import { type Entity, entityToRow, rowToEntity } from "../store/tableSpec.js";
import { textMatch } from "../store/textMatch.js";
import type { AppContext, Tx } from "./context.js";
import { createIn, genericService, type ResourceService, updateIn } from "./crud.js";
import { questionResource } from "./entities/question.js";

function toEntity(row: QuestionTable): Entity {
  return { ...rowToEntity(questionResource, { ...row }), builtIn: row.owner_id === null };
}

function visibleTo(db: Kysely<Database>, ownerId: string, filter: ListFilter) {
  let query = db
    .selectFrom("questions")
    .where((eb) => eb.or([eb("owner_id", "=", ownerId), eb("owner_id", "is", null)]));
  const equals = entityToRow(questionResource, filter.equals ?? {});
  for (const [column, value] of Object.entries(equals)) {
    query = query.where(sql.ref(column), "=", value);
  }
  return query;
}

export async function findQuestion(tx: Tx, ownerId: string, id: string): Promise<Entity> {
  const row = await visibleTo(tx, ownerId, {}).selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFound("question", id);
  return toEntity(row);
}

async function ownQuestion(ctx: AppContext, tx: Tx, id: string): Promise<void> {
  const question = await findQuestion(tx, ctx.ownerId, id);
  if (question.builtIn) {
    throw new Conflict("built-in questions cannot be changed; add your own instead", [
      { field: "id", message: "is a built-in question" },
    ]);
  }
}

const PHASE_ORDER = sql<number>`case phase when 'opening' then 0 when 'core' then 1 else 2 end`;

export const questionsService: ResourceService = {
  ...genericService(questionResource),
  async list(ctx, page, filter, query) {
    const match = query ? textMatch(questionResource.searchFields, query) : null;
    const base = match
      ? visibleTo(ctx.store.db, ctx.ownerId, filter).where(match)
      : visibleTo(ctx.store.db, ctx.ownerId, filter);
    const count = await base.select(sql<number>`count(*)`.as("n")).executeTakeFirst();
    const rows = await base
      .selectAll()
      .orderBy(PHASE_ORDER)
      .orderBy("category")
      .orderBy("created_at")
      .orderBy("id")
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { items: rows.map(toEntity), total: Number(count?.n ?? 0), ...page };
  },
  get: (ctx, id) => findQuestion(ctx.store.db, ctx.ownerId, id),
  create: (ctx, input) =>
    ctx.store.db.transaction().execute(async (tx) => ({
      ...(await createIn(ctx, tx, questionResource, input)),
      builtIn: false,
    })),
  update: (ctx, id, input) =>
    ctx.store.db.transaction().execute(async (tx) => {
      await ownQuestion(ctx, tx, id);
      return { ...(await updateIn(ctx, tx, questionResource, id, input)), builtIn: false };
    }),
  remove: (ctx, id) =>
    ctx.store.db.transaction().execute(async (tx) => {
      await ownQuestion(ctx, tx, id);
      await deleteOne(tx, questionResource, ctx.ownerId, id);
    }),
};

// Kept in its own module so that opening the app does not load the resource definitions.
export { ensureBuiltInQuestions } from "./builtInQuestions.js";
