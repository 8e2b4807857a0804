// The question bank: built-in questions (no owner, shared by everyone) and the owner's own,
// read together; built-in ones are written only by `ensureBuiltInQuestions`.
import { type Kysely, sql } from "kysely";
import type { BuiltInQuestion } from "../../domain/questionBank.js";
import { dbOf, type Tx } from "../handle.js";
import { newId } from "../ids.js";
import type { ListFilter, PageRequest } from "../ownedRepository.js";
import type { Database, QuestionTable } from "../schema.js";
import { entityToRow, type TableSpec } from "../tableSpec.js";
import { textMatch } from "../textMatch.js";

function visibleTo(db: Kysely<Database>, spec: TableSpec, ownerId: string, filter: ListFilter) {
  let query = db
    .selectFrom("questions")
    .where((eb) => eb.or([eb("owner_id", "=", ownerId), eb("owner_id", "is", null)]));
  const equals = entityToRow(spec, filter.equals ?? {});
  for (const [column, value] of Object.entries(equals)) {
    query = query.where(sql.ref(column), "=", value);
  }
  return query;
}

/** A question the owner may see (theirs or built in), or undefined. */
export async function findVisibleQuestion(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
): Promise<QuestionTable | undefined> {
  return visibleTo(dbOf(tx), spec, ownerId, {}).selectAll().where("id", "=", id).executeTakeFirst();
}

const PHASE_ORDER = sql<number>`case phase when 'opening' then 0 when 'core' then 1 else 2 end`;

/** A page of the questions the owner sees, in the order of a conversation. */
export async function listVisibleQuestions(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  page: PageRequest,
  filter: ListFilter,
  search: { fields: string[]; query: string | undefined },
): Promise<{ rows: QuestionTable[]; total: number }> {
  const db = dbOf(tx);
  const match = search.query ? textMatch(search.fields, search.query) : null;
  const base = match
    ? visibleTo(db, spec, ownerId, filter).where(match)
    : visibleTo(db, spec, ownerId, filter);
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
  return { rows, total: Number(count?.n ?? 0) };
}

/** Built-in question id → its stable key, the name a backup gives it. */
export async function builtInQuestionKeys(tx: Tx): Promise<Map<string, string>> {
  const rows = await dbOf(tx)
    .selectFrom("questions")
    .select(["id", "key"])
    .where("owner_id", "is", null)
    .execute();
  return new Map(rows.flatMap((row) => (row.key === null ? [] : [[row.id, row.key] as const])));
}

/** Adds built-in questions the database does not have yet (new releases may add some). */
export async function ensureBuiltInQuestions(
  tx: Tx,
  questions: readonly BuiltInQuestion[],
  now: string,
): Promise<void> {
  const db = dbOf(tx);
  const existing = await db
    .selectFrom("questions")
    .select("key")
    .where("owner_id", "is", null)
    .execute();
  const have = new Set(existing.map((r) => r.key));
  const missing = questions.filter((q) => !have.has(q.key));
  if (missing.length === 0) return;
  await db
    .insertInto("questions")
    .values(
      missing.map((q) => ({
        id: newId(),
        owner_id: null,
        key: q.key,
        text: q.text,
        category: q.category,
        phase: q.phase,
        sensitive: q.sensitive ? 1 : 0,
        minutes: q.minutes,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

/** Built-in question key → its id in this database, for restoring a backup's picks. */
export async function builtInQuestionIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await dbOf(tx)
    .selectFrom("questions")
    .select(["id", "key"])
    .where("owner_id", "is", null)
    .execute();
  return new Map(rows.flatMap((row) => (row.key === null ? [] : [[row.key, row.id] as const])));
}
