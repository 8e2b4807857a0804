// The whole "large seeker", planned in memory from a seed: the same seed gives the same
// names, statuses and dates (ids are fresh UUIDv7s, as the app makes them).
import { seededRandom } from "../prng.js";
import { planConversations } from "./conversations.js";
import { finishPeople } from "./finish.js";
import { planPersonFollowUps, planTouchpoints } from "./keepInTouch.js";
import { planOrganizations } from "./organizations.js";
import { planPeople } from "./people.js";
import { planReferrals } from "./referrals.js";
import { planResearch } from "./research.js";
import type { DatasetSizes } from "./sizes.js";
import { type Dataset, emptyDataset } from "./types.js";

export function planDataset(
  seed: number,
  sizes: DatasetSizes,
  ownerId: string,
  questionIds: readonly string[],
): Dataset {
  const random = seededRandom(seed);
  const data = emptyDataset();
  planOrganizations(random, data, ownerId, sizes.organizations);
  planPeople(random, data, ownerId, sizes.people);
  planConversations(random, data, ownerId, sizes.conversations, sizes.attempts);
  planReferrals(random, data, ownerId, sizes.referrals);
  planTouchpoints(random, data, ownerId, sizes.touchpoints);
  planPersonFollowUps(random, data, ownerId, sizes.followUps);
  planResearch(random, data, ownerId, questionIds);
  finishPeople(data);
  return data;
}
