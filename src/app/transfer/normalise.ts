// The keys by which two records are recognised as the same person. Files spell the same thing
// many ways (case, accents, "www.", a trailing slash, "+1 (555)" against "+1555"), so matching
// compares these folded keys, never the text as written.

/** Lower case, no accents, words separated by single spaces: "  José  O'Neil " → "jose o neil". */
export function foldWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .join(" ");
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A profile URL without what varies between copies of the same link: scheme, "www." or a
 * country subdomain of LinkedIn, query, fragment, trailing slashes and case.
 */
export function profileKey(url: string): string {
  let text = url.trim().toLowerCase();
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  const cut = text.search(/[?#]/);
  if (cut !== -1) text = text.slice(0, cut);
  text = text.replace(/\/+$/, "");
  text = text.replace(/^www\./, "").replace(/^[a-z]{2,3}\.linkedin\.com(?=\/|$)/, "linkedin.com");
  return decodePath(text);
}

/** Digits only, with a leading + kept: "+1 (555) 010-0100" and "+15550100100" are one phone. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/[^\d]/g, "");
  return phone.trim().startsWith("+") ? `+${digits}` : digits;
}

/** Organizations are matched by name case-insensitively, with spacing evened out. */
export function organizationKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Name and organization together, for people who have neither an email nor a profile. */
export function nameOrganizationKey(fullName: string, organization: string | null): string {
  return `${foldWords(fullName)}\u0000${foldWords(organization ?? "")}`;
}
