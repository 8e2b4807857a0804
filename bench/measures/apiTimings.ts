// The two interactive reads, timed over HTTP one request at a time after a warm-up: people
// search as the user types (every prefix of names, organizations and titles, with and without
// accents: see typedSearch.ts) and the Today page.
import type { Agent } from "node:http";
import { timeSequential } from "../support/http.js";
import { median } from "../support/stats.js";
import { searchUrl, TYPED_QUERIES } from "./typedSearch.js";

export function searchUrls(base: string, passes: number): string[] {
  const urls: string[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const { q } of TYPED_QUERIES) urls.push(searchUrl(base, q));
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
