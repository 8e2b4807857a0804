// A contact may list several web pages, but only a profile on a social or professional site is
// the person's own: a company's site, a shop's, a blog platform's home page are shared by many
// people, so treating them as identity merges colleagues into one. The list of such sites lives
// here and nowhere else.

/** Host (without "www.") → the path a person's profile has there. */
const SOCIAL_SITES: readonly { host: RegExp; path: RegExp }[] = [
  // LinkedIn's country subdomains (fr., de.) serve the same profiles.
  { host: /^([a-z]{2,3}\.)?linkedin\.com$/, path: /^\/(in|pub)\/[^/]+/ },
  { host: /^xing\.com$/, path: /^\/profile\/[^/]+/ },
  { host: /^github\.com$/, path: /^\/[^/]+\/?$/ },
  { host: /^gitlab\.com$/, path: /^\/[^/]+\/?$/ },
  { host: /^(twitter|x)\.com$/, path: /^\/[^/]+\/?$/ },
  { host: /^(facebook|fb)\.com$/, path: /^\/[^/]+/ },
  { host: /^instagram\.com$/, path: /^\/[^/]+\/?$/ },
  { host: /^threads\.(net|com)$/, path: /^\/@[^/]+/ },
  { host: /^bsky\.app$/, path: /^\/profile\/[^/]+/ },
  { host: /^researchgate\.net$/, path: /^\/profile\/[^/]+/ },
  { host: /^orcid\.org$/, path: /^\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]\/?$/ },
  { host: /^scholar\.google\.[a-z.]+$/, path: /^\/citations/ },
  { host: /^medium\.com$/, path: /^\/@[^/]+/ },
  { host: /^behance\.net$/, path: /^\/[^/]+\/?$/ },
  { host: /^dribbble\.com$/, path: /^\/[^/]+\/?$/ },
  // Mastodon and its kin run on any host; the "/@user" path is what marks a profile there.
  { host: /\./, path: /^\/@[^/@]+(@[^/]+)?\/?$/ },
];

function hostAndPath(url: string): { host: string; path: string } | undefined {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]+)([^?#]*)/i.exec(url.trim());
  if (!match) return undefined;
  const host = (match[1] ?? "")
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/:\d+$/, "");
  return { host, path: match[2] || "/" };
}

/** True for a person's page on a known social or professional site. */
export function isSocialProfileUrl(url: string): boolean {
  const parts = hostAndPath(url);
  if (parts === undefined) return false;
  return SOCIAL_SITES.some((site) => site.host.test(parts.host) && site.path.test(parts.path));
}

export function isLinkedInUrl(url: string): boolean {
  return /(^|[./])linkedin\.com(\/|$)/i.test(url);
}

export interface SortedUrls {
  /** The person's profile: LinkedIn's when there is one, else the first social profile. */
  profileUrl: string | undefined;
  /** Every other page, kept as a website and never used to tell people apart. */
  websites: string[];
}

export function sortUrls(urls: readonly (string | undefined)[]): SortedUrls {
  const present = urls.map((url) => url?.trim() ?? "").filter((url) => url !== "");
  const social = present.filter(isSocialProfileUrl);
  const profileUrl = social.find(isLinkedInUrl) ?? social[0];
  return { profileUrl, websites: present.filter((url) => url !== profileUrl) };
}
