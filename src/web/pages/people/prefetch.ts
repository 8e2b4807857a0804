// The people list's first screen, started before the app is on screen. index.html asks for the
// first page of /people while the app's code is still loading (an inline script, before any
// module runs), and main.tsx hands that answer to the query the list reads, and starts loading
// the page's code, instead of both waiting for React to render the page.
import type { QueryClient } from "@tanstack/react-query";
import { firstPeoplePage } from "../../api/peopleFirstPage";
import type { Page, PersonListItem } from "../../api/types";
import { PAGE_SIZE } from "../../hooks/usePagedList";

/** What index.html's inline script leaves for us. */
interface EarlyAnswer {
  url: string;
  response: Promise<unknown>;
}

declare global {
  interface Window {
    __inroadsPeople?: EarlyAnswer;
  }
}

/** The address index.html asks for: the unfiltered list's first page. */
const FIRST_PAGE = firstPeoplePage(PAGE_SIZE);
export const FIRST_PAGE_URL = FIRST_PAGE.url;

export function prefetchPeoplePage(client: QueryClient, loadPage: () => Promise<unknown>): void {
  if (window.location.pathname !== "/people" || window.location.search !== "") return;
  void loadPage();
  const early = window.__inroadsPeople;
  window.__inroadsPeople = undefined;
  void client.prefetchQuery({
    // The key usePagedList gives the first page of the unfiltered list.
    queryKey: FIRST_PAGE.key,
    queryFn: async () => {
      const answer = early?.url === FIRST_PAGE_URL ? await early.response : null;
      // No early answer, or it failed: ask the normal way (which reports errors properly).
      return (answer as Page<PersonListItem> | null) ?? FIRST_PAGE.fetch();
    },
  });
}
