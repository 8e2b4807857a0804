// The people list's first page, which the app asks for before its pages' code has loaded. Apart
// from people.ts so that the app's first script does not carry the whole data layer.
import { api, withQuery } from "./client";
import { resourceKeys } from "./resourceKeys";
import type { Page, PersonListItem } from "./types";

export function firstPeoplePage(limit: number) {
  const url = withQuery("/api/people", { limit, offset: 0 });
  return {
    url,
    /** The key the paged list gives its first page. */
    key: resourceKeys("people").page({}, 0),
    fetch: () => api.get<Page<PersonListItem>>(url),
  };
}
