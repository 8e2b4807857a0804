// The referral network: every introduction, and the people on either side of it. The API has
// no graph endpoint, so the graph is assembled here from referrals and the people they name.
import { useQuery } from "@tanstack/react-query";
import { peopleApi } from "../../api/people";
import { referralKeys, referralsApi } from "../../api/referrals";
import type { Person } from "../../api/types";
import type { Link } from "../../lib/warmPaths";

export interface Network {
  people: Map<string, Person>;
  links: Link[];
}

export async function loadPeople(ids: Iterable<string>, into: Map<string, Person>) {
  const missing = [...new Set(ids)].filter((id) => !into.has(id));
  // A few at a time: enough to be quick, few enough not to crowd the server.
  for (let i = 0; i < missing.length; i += 8) {
    const batch = await Promise.all(missing.slice(i, i + 8).map((id) => peopleApi.get(id)));
    for (const person of batch) into.set(person.id, person);
  }
}

export function useNetwork() {
  return useQuery({
    queryKey: referralKeys.network,
    queryFn: async (): Promise<Network> => {
      const referrals = await referralsApi.all();
      const people = new Map<string, Person>();
      await loadPeople(
        referrals.flatMap((r) => [r.fromPersonId, r.personId]),
        people,
      );
      const links = referrals.map((r) => ({ from: r.fromPersonId, to: r.personId }));
      // Someone marked "referred by" without a referral record still belongs in the picture.
      for (const person of people.values()) {
        if (person.referredById && !links.some((l) => l.to === person.id)) {
          links.push({ from: person.referredById, to: person.id });
        }
      }
      await loadPeople(
        links.map((l) => l.from),
        people,
      );
      return { people, links };
    },
  });
}
