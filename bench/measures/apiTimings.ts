// The two interactive reads, timed over HTTP one request at a time after a warm-up: people
// search as the user types (prefixes of names, organizations, titles, with and without
// accents) and the Today page.
import type { Agent } from "node:http";
import { timeSequential } from "../support/http.js";
import { median } from "../support/stats.js";

/** What a user types, as prefixes: names (with and without accents), organizations, titles. */
export const SEARCH_QUERIES: readonly string[] = `al | alv | álvarez | mar | marí | maría gon |
  núñez | nunez | mü | müller | muller | northwind | north | contoso | fabrikam | tail | zürich |
  gar | garcía | chen | sofía | lopez | rodr | da silva | o'brien | ş | yılmaz | supply |
  supply chain | analyst | director | eng | data | head of | planner | recruit | warm | alumni |
  ja | jo | sam | lee | søren | dvořák | emma north | health | bank`
  .split("|")
  .map((q) => q.trim());

export function searchUrls(base: string, passes: number): string[] {
  const urls: string[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const q of SEARCH_QUERIES) {
      urls.push(`${base}/api/people?q=${encodeURIComponent(q)}&limit=50`);
    }
  }
  return urls;
}

export async function searchTimings(base: string, agent: Agent, passes: number) {
  await timeSequential(searchUrls(base, 1), agent); // warm-up: caches, JIT, prepared statements
  return timeSequential(searchUrls(base, passes), agent);
}

export async function todayTimings(base: string, agent: Agent, count: number) {
  const url = `${base}/api/today`;
  await timeSequential(Array(5).fill(url), agent);
  return timeSequential(Array(count).fill(url), agent);
}

/** The query whose median is worst, for the notes. */
export function slowestQuery(timings: readonly { url: string; ms: number }[]): string {
  const byUrl = new Map<string, number[]>();
  for (const t of timings) byUrl.set(t.url, [...(byUrl.get(t.url) ?? []), t.ms]);
  let worst = { q: "", ms: 0 };
  for (const [url, samples] of byUrl) {
    const ms = median(samples);
    if (ms > worst.ms) worst = { q: new URL(url).searchParams.get("q") ?? "", ms };
  }
  return `slowest query "${worst.q}" (median ${worst.ms.toFixed(1)} ms)`;
}
