// How many outreach attempts each conversation had. Each status starts from a plausible range
// (a declined request took one or two asks, an unanswered one three); then attempts are
// spread over the conversations until the total is the one asked for, within the seeker's
// limit (raised to 5 in this dataset so 2,000 conversations can hold 6,000 attempts).
import type { ConversationStatus } from "../../src/domain/vocabulary.js";
import type { Random } from "../prng.js";

export const BENCH_MAX_ATTEMPTS = 5;

const BASE: Readonly<Record<ConversationStatus, readonly [number, number]>> = {
  identified: [0, 0],
  asked: [1, 3],
  scheduled: [1, 2],
  held: [1, 2],
  thanked: [1, 2],
  in_touch: [1, 2],
  declined: [1, 2],
  no_response: [3, 3],
  cancelled: [1, 2],
};

export function attemptCounts(
  random: Random,
  statuses: readonly ConversationStatus[],
  total: number,
): number[] {
  const counts = statuses.map((status) => random.int(...BASE[status]));
  const eligible = statuses.flatMap((status, i) => (status === "identified" ? [] : [i]));
  let sum = counts.reduce((a, b) => a + b, 0);
  let guard = 0;
  while (sum !== total && eligible.length > 0 && guard++ < 100 * total) {
    const i = random.pick(eligible);
    const count = counts[i] ?? 0;
    if (sum < total && count < BENCH_MAX_ATTEMPTS) {
      counts[i] = count + 1;
      sum++;
    } else if (sum > total && count > 1) {
      counts[i] = count - 1;
      sum--;
    }
  }
  return counts;
}

/** Exactly `total` statuses in the mix's proportions, in a shuffled order. */
export function statusesFor(
  random: Random,
  mix: readonly (readonly [ConversationStatus, number])[],
  total: number,
): ConversationStatus[] {
  const weightSum = mix.reduce((sum, [, weight]) => sum + weight, 0);
  const statuses: ConversationStatus[] = [];
  for (const [status, weight] of mix) {
    const n = Math.round((weight * total) / weightSum);
    for (let i = 0; i < n && statuses.length < total; i++) statuses.push(status);
  }
  while (statuses.length < total) statuses.push(random.weighted(mix));
  return shuffle(random, statuses);
}

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}
