import { peopleApi } from "../api/people";
import { useList } from "../api/resource";
import { targetsApi } from "../api/targets";

/** An empty database: no people and no targets yet. */
export function useFirstRun(): { loading: boolean; empty: boolean } {
  const people = useList(peopleApi, { limit: 1 });
  const targets = useList(targetsApi, { limit: 1 });
  // A cached "empty" from before the onboarding must not send the user back to it: decide only
  // on fresh answers.
  const loading = people.isPending || targets.isPending || people.isFetching || targets.isFetching;
  const empty = !loading && people.data?.total === 0 && targets.data?.total === 0;
  return { loading, empty };
}
