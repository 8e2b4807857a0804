// How many rows of each kind a seeker of a given size has. The full benchmark's "large seeker"
// has 30,000 people; the other counts scale with it.

export interface DatasetSizes {
  people: number;
  organizations: number;
  conversations: number;
  attempts: number;
  followUps: number;
  touchpoints: number;
  referrals: number;
}

export const LARGE_SEEKER = 30_000;

export function sizesFor(people: number): DatasetSizes {
  const scale = (n: number) => Math.max(1, Math.round((n * people) / LARGE_SEEKER));
  return {
    people,
    organizations: Math.max(20, scale(3_000)),
    conversations: scale(2_000),
    attempts: scale(6_000),
    followUps: scale(20_000),
    touchpoints: scale(20_000),
    referrals: scale(1_500),
  };
}
