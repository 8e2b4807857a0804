// People search as it is typed: every keystroke of a name, an organization or a title sends a
// query, so for each thing looked for there is one one-letter query, one two-letter query, a
// few longer prefixes and the whole name. The targets mix accents and scripts the way the
// dataset does (the user types "alvarez" or "Álvarez", "ş" for "s").
import { median, p95 } from "../support/stats.js";

const TYPED =
  `María González | Álvarez | alvarez | Müller | Søren | Dvořák | Yılmaz | O'Brien | Zhang |
  Emma Nakamura | Sofía López | Jiří Novák | Çelik | Quintero | Northwind | Zürich Street |
  Contoso Health | supply chain | analyst | head of data | recruiter | şahin | warm | Xanadu`
    .split("|")
    .map((q) => q.trim());

export type QueryKind = "1 letter" | "2 letters" | "3+ letters" | "whole name";
export const QUERY_KINDS: readonly QueryKind[] = [
  "1 letter",
  "2 letters",
  "3+ letters",
  "whole name",
];

function prefixes(target: string): { q: string; kind: QueryKind }[] {
  const chars = [...target];
  const typed: { q: string; kind: QueryKind }[] = [];
  for (let n = 1; n <= chars.length; n++) {
    const q = chars.slice(0, n).join("");
    if (q.endsWith(" ")) continue; // the space alone changes no query
    const kind: QueryKind =
      n === chars.length
        ? "whole name"
        : n === 1
          ? "1 letter"
          : n === 2
            ? "2 letters"
            : "3+ letters";
    typed.push({ q, kind });
  }
  return typed;
}

/** Every query a pass sends, in typing order, with its kind. */
export const TYPED_QUERIES: readonly { q: string; kind: QueryKind }[] = TYPED.flatMap(prefixes);

const kindOf = new Map(TYPED_QUERIES.map(({ q, kind }) => [q, kind]));

export function searchUrl(base: string, q: string): string {
  return `${base}/api/people?q=${encodeURIComponent(q)}&limit=50`;
}

type Timing = { url: string; ms: number };

function queryOf(url: string): string {
  return new URL(url).searchParams.get("q") ?? "";
}

/** p50 and p95 of each kind of query. */
export function byKind(
  timings: readonly Timing[],
): Map<QueryKind, { p50: number; p95: number; n: number }> {
  const samples = new Map<QueryKind, number[]>();
  for (const t of timings) {
    const kind = kindOf.get(queryOf(t.url)) ?? "3+ letters";
    samples.set(kind, [...(samples.get(kind) ?? []), t.ms]);
  }
  const summary = new Map<QueryKind, { p50: number; p95: number; n: number }>();
  for (const kind of QUERY_KINDS) {
    const ms = samples.get(kind);
    if (ms) summary.set(kind, { p50: median(ms), p95: p95(ms), n: ms.length });
  }
  return summary;
}

/** Each query's median and p95 over the passes. */
export function perQuery(timings: readonly Timing[]): Map<string, { p50: number; p95: number }> {
  const samples = new Map<string, number[]>();
  for (const t of timings) {
    const q = queryOf(t.url);
    samples.set(q, [...(samples.get(q) ?? []), t.ms]);
  }
  return new Map([...samples].map(([q, ms]) => [q, { p50: median(ms), p95: p95(ms) }]));
}

/**
 * The query that is slowest as a rule: the worst median over the passes (a single slow run of
 * a query on a busy machine says more about the machine), with its p95.
 */
export function worstQuery(timings: readonly Timing[]): { q: string; p50: number; p95: number } {
  let worst = { q: "", p50: 0, p95: 0 };
  for (const [q, s] of perQuery(timings)) if (s.p50 > worst.p50) worst = { q, ...s };
  return worst;
}

/** "1 letter 0.9/1.4 ms · 2 letters …": p50/p95 per kind, for a result's notes. */
export function describeKinds(timings: readonly Timing[]): string {
  return [...byKind(timings)]
    .map(([kind, s]) => `${kind} ${s.p50.toFixed(1)}/${s.p95.toFixed(1)} ms (${s.n})`)
    .join(" · ");
}
