// Small pieces of PostgreSQL text the career center's generator is written with: the app's
// instants (ISO text in UTC with milliseconds), stable ids, and picks from word lists. The rows
// are made by the server from generate_series, so the pieces are SQL, not values.
import { BENCH_NOW } from "../dataset/time.js";

/** The pinned instant as a timestamptz literal. */
export const NOW = `timestamptz '${BENCH_NOW}'`;

/** An instant expression as the app writes it: 2026-11-23T09:00:00.000Z. */
export function iso(expression: string): string {
  return `to_char((${expression}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A calendar date (YYYY-MM-DD, UTC) of an instant expression. */
export function dateOf(expression: string): string {
  return `to_char((${expression}) at time zone 'UTC', 'YYYY-MM-DD')`;
}

/**
 * A UUID-shaped id that the same parts always give, so one statement can point at rows another
 * made (a conversation at its person) without reading them back.
 */
export function idOf(kind: string, ...parts: string[]): string {
  return `md5('${kind}:' || ${parts.map((p) => `(${p})::text`).join(" || ':' || ")})::uuid::text`;
}

const quoted = (word: string) => `'${word.replaceAll("'", "''")}'`;

/** The word at `index` (any integer expression, wrapped around) of a fixed list. */
export function pick(words: readonly string[], index: string): string {
  return `(ARRAY[${words.map(quoted).join(",")}])[1 + ((${index}) % ${words.length})]`;
}

/** An interval of a number of days (any numeric expression, fractions allowed). */
export function days(expression: string): string {
  return `((${expression}) * interval '1 day')`;
}

export function hours(expression: string): string {
  return `((${expression}) * interval '1 hour')`;
}
