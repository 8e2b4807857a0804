// People: the five routes, and what a change to a person makes stale.

import { roots, type Stale } from "./keys";
import { resourceClient } from "./resource";
import type { Person, PersonCreate, PersonListItem, PersonUpdate } from "./types";

export const peopleApi = resourceClient<Person, PersonCreate, PersonUpdate, PersonListItem>(
  "people",
);

export const personKeys = {
  /** Everything that happened with a person; read from several resources, cached under theirs. */
  timeline: (id: string) => [...roots.people, "timeline", id] as const,
};

/** Names and stages show in lists, on Today, in the referral graph and in Progress. */
export const personChanged: Stale = [roots.people, roots.today, roots.referrals, roots.progress];

/** Their conversations, attempts, follow-ups, referrals and touchpoints go with them. */
export const personRemoved: Stale = [
  ...personChanged,
  roots.conversations,
  roots.attempts,
  roots.followUps,
  roots.touchpoints,
  roots.insights,
  roots.leads,
  roots.targets,
];
