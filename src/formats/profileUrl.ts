// A contact may list several web pages; the one worth keeping as "the profile" is LinkedIn's,
// because that is where the seeker goes to read someone's path before asking them.

export function isLinkedInUrl(url: string): boolean {
  return /(^|[./])linkedin\.com(\/|$)/i.test(url);
}

/** The LinkedIn URL if there is one, otherwise the first non-empty URL. */
export function pickProfileUrl(urls: readonly (string | undefined)[]): string | undefined {
  const present = urls.map((url) => url?.trim() ?? "").filter((url) => url !== "");
  return present.find(isLinkedInUrl) ?? present[0];
}
