// The built-in question bank, written into every database on open. Its own module, light on
// imports, because every command opens the app: `inroads today` should not load the API's
// schemas to do it.
import type { Kysely } from "kysely";
import { BUILT_IN_QUESTIONS } from "../domain/questionBank.js";
import { newId } from "../store/ids.js";
import type { Database } from "../store/schema.js";

/** Adds built-in questions the database does not have yet (new releases may add some). */
export async function ensureBuiltInQuestions(db: Kysely<Database>, now: string): Promise<void> {
  const existing = await db
    .selectFrom("questions")
    .select("key")
    .where("owner_id", "is", null)
    .execute();
  const have = new Set(existing.map((r) => r.key));
  const missing = BUILT_IN_QUESTIONS.filter((q) => !have.has(q.key));
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
