// People: the generic resource plus what search needs. Every write recomputes the person's
// folded search text in the same transaction, so the index never lags behind the row.

import { NotFound, RuleViolation } from "../domain/errors.js";
import { personStage } from "../domain/pipeline.js";
import type { ConversationStatus } from "../domain/vocabulary.js";
import { positionsOf } from "../store/listPositions.js";
import { deleteOne, getById, listPage } from "../store/ownedRepository.js";
import {
  personSearchText,
  removeSearchText,
  searchPeoplePage,
  writeSearchText,
} from "../store/peopleSearch.js";
import type { Entity } from "../store/tableSpec.js";
import type { AppContext, Tx } from "./context.js";
import { inTransaction } from "./context.js";
import { createIn, type ResourceService, updateIn } from "./crud.js";
import { personResource } from "./entities/person.js";

async function organizationName(tx: Tx, ownerId: string, id: unknown): Promise<string | null> {
  if (typeof id !== "string") return null;
  const row = await tx
    .selectFrom("organizations")
    .select("name")
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.name ?? null;
}

/**
 * The names of these organizations. On SQLite every organization's name is read in one pass
 * and kept until the data changes, so list after list costs no query; PostgreSQL, where
 * nothing is kept, looks up just these by key.
 */
async function organizationNames(ctx: AppContext, ids: string[]): Promise<Map<string, string>> {
  const read = async (only: string[] | null) => {
    let query = ctx.store.db
      .selectFrom("organizations")
      .select(["id", "name"])
      .where("owner_id", "=", ctx.ownerId);
    if (only) query = query.where("id", "in", only);
    const rows = await query.execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  };
  const kept = positionsOf(ctx.store.db);
  return kept ? kept.derived(`organization names ${ctx.ownerId}`, () => read(null)) : read(ids);
}

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
  const names = ids.length === 0 ? new Map<string, string>() : await organizationNames(ctx, ids);
  return people.map((p) => ({
    ...p,
    organizationName: names.get(p.organizationId as string) ?? null,
  }));
}

export async function reindexPerson(ctx: AppContext, tx: Tx, person: Entity): Promise<void> {
  const text = personSearchText({
    fullName: String(person.fullName),
    title: (person.title as string | null) ?? null,
    organizationName: await organizationName(tx, ctx.ownerId, person.organizationId),
    emails: (person.emails as string[]) ?? [],
    tags: (person.tags as string[]) ?? [],
    notes: String(person.notes ?? ""),
  });
  await writeSearchText(tx, ctx.store.engine, ctx.ownerId, String(person.id), text);
}

export async function createPersonIn(ctx: AppContext, tx: Tx, input: Entity): Promise<Entity> {
  const person = await createIn(ctx, tx, personResource, input);
  await reindexPerson(ctx, tx, person);
  return person;
}

/** Recomputes how far along the pipeline a person is from all their conversations. */
export async function refreshPersonStage(ctx: AppContext, tx: Tx, personId: string): Promise<void> {
  const rows = await tx
    .selectFrom("conversations")
    .select("status")
    .where("owner_id", "=", ctx.ownerId)
    .where("person_id", "=", personId)
    .execute();
  const stage = personStage(rows.map((r) => r.status as ConversationStatus));
  await tx
    .updateTable("people")
    .set({ stage })
    .where("owner_id", "=", ctx.ownerId)
    .where("id", "=", personId)
    .execute();
}

export const peopleService: ResourceService = {
  def: personResource,
  async list(ctx, page, filter, query) {
    const { db, engine } = ctx.store;
    const found = query
      ? await searchPeoplePage(db, engine, personResource, ctx.ownerId, query, page, filter)
      : null;
    const { items, total } =
      found ?? (await listPage(db, personResource, ctx.ownerId, page, filter));
    return { items: await withOrganizationNames(ctx, items), total, ...page };
  },
  get: (ctx, id) => getById(ctx.store.db, personResource, ctx.ownerId, id, "person"),
  create: (ctx, input) => inTransaction(ctx, (tx) => createPersonIn(ctx, tx, input)),
  update: (ctx, id, input) =>
    inTransaction(ctx, async (tx) => {
      if (input.referredById === id) {
        throw new RuleViolation("a person cannot refer themselves", [
          { field: "referredById", message: "must name someone else" },
        ]);
      }
      const person = await updateIn(ctx, tx, personResource, id, input);
      await reindexPerson(ctx, tx, person);
      return person;
    }),
  remove: (ctx, id) =>
    inTransaction(ctx, async (tx) => {
      await removeSearchText(tx, ctx.store.engine, id);
      if (!(await deleteOne(tx, personResource, ctx.ownerId, id))) throw new NotFound("person", id);
    }),
};
