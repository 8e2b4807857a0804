// Every reader gathers loose values into a draft and hands it here, so trimming, dropping empty
// values and deciding what counts as a usable contact happen the same way for every format.
import type {
  ContactRecord,
  ContactSource,
  LabelledValue,
  PostalAddress,
  SkippedEntry,
} from "./contact.js";

export interface ContactDraft {
  /** Set when the source itself says the entry is a business (vCard KIND:org). */
  kind?: "organization" | undefined;
  fullName?: string | undefined;
  namePrefix?: string | undefined;
  givenName?: string | undefined;
  middleName?: string | undefined;
  familyName?: string | undefined;
  nameSuffix?: string | undefined;
  title?: string | undefined;
  organization?: string | undefined;
  emails?: { value?: string | undefined; label?: string | undefined }[];
  phones?: { value?: string | undefined; label?: string | undefined }[];
  addresses?: { [K in keyof PostalAddress]?: string | undefined }[];
  profileUrl?: string | undefined;
  websites?: (string | undefined)[];
  notes?: string | undefined;
  connectedOn?: string | undefined;
  connectedOnRaw?: string | undefined;
  labels?: (string | undefined)[];
  uid?: string | undefined;
}

/** Trimmed text with LF line ends (sources mix CRLF, CR and LF), or undefined when empty. */
export function clean(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.replace(/\r\n?/g, "\n").trim();
  return trimmed === "" ? undefined : trimmed;
}

function joinWords(...parts: (string | undefined)[]): string | undefined {
  return clean(parts.filter((part) => part !== undefined).join(" "));
}

function cleanValues(
  values: { value?: string | undefined; label?: string | undefined }[] | undefined,
): LabelledValue[] {
  const out: LabelledValue[] = [];
  for (const item of values ?? []) {
    const value = clean(item.value);
    if (value === undefined) continue;
    const label = clean(item.label);
    out.push(label === undefined ? { value } : { value, label });
  }
  return out;
}

const ADDRESS_PARTS = ["street", "city", "region", "postalCode", "country"] as const;

function cleanAddresses(addresses: ContactDraft["addresses"]): PostalAddress[] {
  const out: PostalAddress[] = [];
  for (const draft of addresses ?? []) {
    const address: PostalAddress = {};
    const label = clean(draft.label);
    if (label !== undefined) address.label = label;
    let hasPart = false;
    for (const part of ADDRESS_PARTS) {
      const value = clean(draft[part]);
      if (value === undefined) continue;
      address[part] = value;
      hasPart = true;
    }
    // A label alone ("work") locates nothing, so it is not an address.
    if (hasPart) out.push(address);
  }
  return out;
}

const NAME_PARTS = ["namePrefix", "givenName", "middleName", "familyName", "nameSuffix"] as const;

/**
 * Turns a draft into a record, or into a skip reason when it names nobody: without a name, an
 * organization or an email address there is no one to talk to. An entry with an organization
 * and no person's name is the organization's own (a shop, a front desk).
 */
export function finishRecord(
  draft: ContactDraft,
  source: ContactSource,
  line: number,
): ContactRecord | SkippedEntry {
  const parts = Object.fromEntries(NAME_PARTS.map((part) => [part, clean(draft[part])])) as Record<
    (typeof NAME_PARTS)[number],
    string | undefined
  >;
  const emails = cleanValues(draft.emails);
  const organization = clean(draft.organization);
  const named =
    clean(draft.fullName) ?? joinWords(parts.givenName, parts.middleName, parts.familyName);
  // A LinkedIn connection is always a member; a row without a name is one who hides it.
  const isOrganization =
    source !== "linkedin" &&
    organization !== undefined &&
    (draft.kind === "organization" || named === undefined || named === organization) &&
    parts.givenName === undefined &&
    parts.familyName === undefined;
  const fullName = isOrganization ? organization : (named ?? emails[0]?.value);
  if (fullName === undefined) return { line, reason: "no name and no email address" };

  const record: ContactRecord = {
    fullName,
    emails,
    phones: cleanValues(draft.phones),
    addresses: cleanAddresses(draft.addresses),
    source,
    line,
  };
  if (isOrganization) record.kind = "organization";
  for (const part of NAME_PARTS) {
    const value = parts[part];
    if (value !== undefined) record[part] = value;
  }
  const optional = {
    title: clean(draft.title),
    organization,
    profileUrl: clean(draft.profileUrl),
    notes: clean(draft.notes),
    connectedOn: clean(draft.connectedOn),
    connectedOnRaw: clean(draft.connectedOnRaw),
    uid: clean(draft.uid),
  };
  for (const [key, value] of Object.entries(optional) as [
    keyof typeof optional,
    string | undefined,
  ][]) {
    if (value !== undefined) record[key] = value;
  }
  const websites = (draft.websites ?? []).map(clean).filter((url) => url !== undefined);
  if (websites.length > 0) record.websites = websites;
  const labels = (draft.labels ?? []).map(clean).filter((label) => label !== undefined);
  if (labels.length > 0) record.labels = labels;
  return record;
}

export function isSkipped(result: ContactRecord | SkippedEntry): result is SkippedEntry {
  return "reason" in result;
}
