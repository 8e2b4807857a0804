// The built-in question bank, written into every database on open. Its own module, light on
// imports, because every command opens the app: `inroads today` should not load the API's
// schemas to do it.
import { BUILT_IN_QUESTIONS } from "../domain/questionBank.js";
import type { Tx } from "../store/handle.js";
import { ensureBuiltInQuestions as ensureQuestions } from "../store/repositories/questions.repository.js";

/** Adds built-in questions the database does not have yet (new releases may add some). */
export function ensureBuiltInQuestions(tx: Tx, now: string): Promise<void> {
  return ensureQuestions(tx, BUILT_IN_QUESTIONS, now);
}
