// An entry that names a business and no person (a shop, a front desk) becomes an organization.
// Organizations keep a website and notes, so the entry's phones, e-mails and addresses are
// written into the notes, labelled, rather than lost.
import type { ContactRecord, SkippedEntry } from "../../formats/index.js";
import { formatAddress, LIMITS } from "./incomingPerson.js";

export interface IncomingOrganization {
  line: number;
  name: string;
  website: string | null;
  notes: string;
}

function webSite(text: string): string | null {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  if (!/^https?:\/\/[^\s/]+\.[^\s]*$/i.test(candidate) || candidate.length > LIMITS.url)
    return null;
  try {
    new URL(candidate);
    return candidate;
  } catch {
    return null;
  }
}

export function toIncomingOrganization(record: ContactRecord): IncomingOrganization | SkippedEntry {
  const name = record.fullName.replace(/\s+/g, " ").trim();
  if (name.length > LIMITS.name) {
    return { line: record.line, reason: `the name is longer than ${LIMITS.name} characters` };
  }
  const lines: string[] = [];
  const pages = [record.profileUrl, ...(record.websites ?? [])].filter((url) => url !== undefined);
  const website = pages.map(webSite).find((url) => url !== null) ?? null;
  for (const page of pages) if (webSite(page) !== website) lines.push(`Web page: ${page}`);
  for (const { value, label } of record.phones) {
    lines.push(`${label ? `Phone (${label})` : "Phone"}: ${value}`);
  }
  for (const { value } of record.emails) lines.push(`Email: ${value}`);
  for (const address of record.addresses) {
    const text = formatAddress(address);
    if (text !== "") lines.push(`Address: ${text}`);
  }
  const notes = [record.notes, ...lines].filter((part) => part !== undefined).join("\n");
  if (notes.length > LIMITS.notes) {
    return { line: record.line, reason: `the notes are longer than ${LIMITS.notes} characters` };
  }
  return { line: record.line, name, website, notes };
}
