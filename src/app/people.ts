// People: the generic resource plus what search needs. Every write recomputes the person's
// folded search text in the same transaction, so the index never lags behind the row.

import { sql } from "kysely";
import { NotFound, RuleViolation } from "../domain/errors.js";
import { personStage } from "../domain/pipeline.js";
import type { ConversationStatus } from "../domain/vocabulary.js";
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
 * Each listed person with their organization's name, read in one statement for the page, so a
 * list of people never needs every organization to show whom they work for. The ids travel as
 * one JSON parameter, so the statement's text is the same for every page and stays prepared.
 */
async function withOrganizationNames(ctx: AppContext, people: Entity[]): Promise<Entity[]> {
  const ids = [
    ...new Set(people.map((p) => p.organizationId).filter((id) => typeof id === "string")),
  ];
  if (ids.length === 0) return people.map((p) => ({ ...p, organizationName: null }));
  const list = JSON.stringify(ids);
  // Look each id up by its key. On SQLite, CROSS JOIN keeps the ids first; otherwise the
  // planner may walk every organization of the owner and test it against the list.
  const { rows } =
    ctx.store.engine === "sqlite"
      ? await sql<{ id: string; name: string }>`
          select o.id, o.name from json_each(${list}) as wanted
          cross join organizations as o on o.id = wanted.value
          where o.owner_id = ${ctx.ownerId}
        `.execute(ctx.store.db)
      : await sql<{ id: string; name: string }>`
          select o.id, o.name from organizations as o
          where o.owner_id = ${ctx.ownerId} and o.id = any(array(select jsonb_array_elements_text(${list}::jsonb)))
        `.execute(ctx.store.db);
  const names = new Map(rows.map((row) => [row.id, row.name]));
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
