// The question bank: built-in questions (no owner, shared by everyone, read-only) plus the
// owner's own. Lists show both; only the owner's own can be changed or deleted.

import { Conflict, NotFound } from "../domain/errors.js";
import { deleteOne } from "../store/ownedRepository.js";
import {
  findVisibleQuestion,
  listVisibleQuestions,
} from "../store/repositories/questions.repository.js";
import type { QuestionTable } from "../store/schema.js";
import { type Entity, rowToEntity } from "../store/tableSpec.js";
import { type AppContext, inTransaction, type Tx } from "./context.js";
import { createIn, genericService, type ResourceService, updateIn } from "./crud.js";
import { questionResource } from "./entities/question.js";

function toEntity(row: QuestionTable): Entity {
  return { ...rowToEntity(questionResource, { ...row }), builtIn: row.owner_id === null };
}

export async function findQuestion(tx: Tx, ownerId: string, id: string): Promise<Entity> {
  const row = await findVisibleQuestion(tx, questionResource, ownerId, id);
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

export const questionsService: ResourceService = {
  ...genericService(questionResource),
  async list(ctx, page, filter, query) {
    const { rows, total } = await listVisibleQuestions(
      ctx.store.handle,
      questionResource,
      ctx.ownerId,
      page,
      filter,
      { fields: questionResource.searchFields, query },
    );
    return { items: rows.map(toEntity), total, ...page };
  },
  get: (ctx, id) => findQuestion(ctx.store.handle, ctx.ownerId, id),
  create: (ctx, input) =>
    inTransaction(ctx, async (tx) => ({
      ...(await createIn(ctx, tx, questionResource, input)),
      builtIn: false,
    })),
  update: (ctx, id, input) =>
    inTransaction(ctx, async (tx) => {
      await ownQuestion(ctx, tx, id);
      return { ...(await updateIn(ctx, tx, questionResource, id, input)), builtIn: false };
    }),
  remove: (ctx, id) =>
    inTransaction(ctx, async (tx) => {
      await ownQuestion(ctx, tx, id);
      await deleteOne(tx, questionResource, ctx.ownerId, id);
    }),
};

// Kept in its own module so that opening the app does not load the resource definitions.
export { ensureBuiltInQuestions } from "./builtInQuestions.js";
