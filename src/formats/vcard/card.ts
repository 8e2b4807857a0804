// Builds one contact from the properties between BEGIN:VCARD and END:VCARD. Grouped labels
// (`item1.X-ABLabel`) may come before or after the value they name, so they are gathered first.
import type { ContactRecord, SkippedEntry } from "../contact.js";
import { isLinkedInUrl, isSocialProfileUrl, sortUrls } from "../profileUrl.js";
import { type ContactDraft, finishRecord } from "../record.js";
import { labelFromAppleLabel, labelFromTypes } from "./labels.js";
import { paramWord, type VCardProperty } from "./property.js";
import {
  DEFAULT_VALUE_CONTEXT,
  decodedValue,
  splitEscaped,
  unescapeText,
  type ValueContext,
  type VCardGrammar,
} from "./values.js";
import { PRODUCT_ID } from "./write.js";

function groupLabels(
  properties: readonly VCardProperty[],
  context: ValueContext,
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of properties) {
    if (property.name !== "X-ABLABEL" || property.group === undefined) continue;
    const label = labelFromAppleLabel(
      unescapeText(decodedValue(property, context), context.version),
    );
    if (label !== undefined) labels.set(property.group, label);
  }
  return labels;
}

/** vCard 4.0 may write a phone as a `tel:` URI; people expect to see the number. */
function phoneNumber(property: VCardProperty, text: string): string {
  const isUri = paramWord(property, "VALUE") === "URI" || /^tel:/i.test(text);
  return isUri ? text.replace(/^tel:/i, "") : text;
}

function isLinkedInProfile(property: VCardProperty, url: string): boolean {
  const types = property.params.get("TYPE") ?? [];
  return types.some((type) => type.toLowerCase() === "linkedin") || isLinkedInUrl(url);
}

/** The version a card declares; anything unknown is read with 3.0's rules. */
export function cardVersion(properties: readonly VCardProperty[]): VCardGrammar {
  const declared = properties.find((property) => property.name === "VERSION")?.value.trim();
  return declared === "2.1" || declared === "4.0" ? declared : "3.0";
}

/** Our own export writes the stored profile as URL, whatever site it is on, so it stays one. */
function writtenByUs(properties: readonly VCardProperty[]): boolean {
  return properties.some((p) => p.name === "PRODID" && p.value.trim() === PRODUCT_ID);
}

/** vCard 4.0 says KIND:org; Apple says X-ABShowAs:COMPANY. */
function isOrganizationCard(properties: readonly VCardProperty[]): boolean {
  return properties.some(
    (p) =>
      (p.name === "KIND" && p.value.trim().toLowerCase() === "org") ||
      (p.name === "X-ABSHOWAS" && p.value.trim().toUpperCase() === "COMPANY"),
  );
}

export function cardToRecord(
  properties: readonly VCardProperty[],
  line: number,
  fallback = DEFAULT_VALUE_CONTEXT.fallback,
): ContactRecord | SkippedEntry {
  const context: ValueContext = { version: cardVersion(properties), fallback };
  const { version } = context;
  const labels = groupLabels(properties, context);
  const draft: Required<Pick<ContactDraft, "emails" | "phones" | "addresses" | "labels">> &
    ContactDraft = { emails: [], phones: [], addresses: [], labels: [] };
  const urls: string[] = [];
  const socialProfiles: string[] = [];
  const notes: string[] = [];
  for (const property of properties) {
    const raw = decodedValue(property, context);
    const text = () => unescapeText(raw, version);
    const label = () =>
      (property.group === undefined ? undefined : labels.get(property.group)) ??
      labelFromTypes(property.params.get("TYPE") ?? []);
    switch (property.name) {
      case "FN":
        draft.fullName ??= text();
        break;
      case "N": {
        const [family, given, additional, prefix, suffix] = splitEscaped(raw, ";", version);
        draft.familyName ??= family;
        draft.givenName ??= given;
        draft.middleName ??= additional;
        draft.namePrefix ??= prefix;
        draft.nameSuffix ??= suffix;
        break;
      }
      case "ORG":
        draft.organization ??= splitEscaped(raw, ";", version)[0];
        break;
      case "TITLE":
        draft.title ??= text();
        break;
      case "EMAIL":
        draft.emails.push({ value: text(), label: label() });
        break;
      case "TEL":
        draft.phones.push({ value: phoneNumber(property, text()), label: label() });
        break;
      case "ADR": {
        const [poBox, extended, street, city, region, postalCode, country] = splitEscaped(
          raw,
          ";",
          version,
        );
        draft.addresses.push({
          label: label(),
          street: [poBox, extended, street].filter((part) => part?.trim()).join("\n"),
          city,
          region,
          postalCode,
          country,
        });
        break;
      }
      case "URL":
        urls.push(text());
        break;
      case "X-SOCIALPROFILE":
        if (isLinkedInProfile(property, text()) || isSocialProfileUrl(text())) {
          socialProfiles.push(text());
        }
        break;
      case "NOTE":
        notes.push(text());
        break;
      case "CATEGORIES":
        draft.labels.push(...splitEscaped(raw, ",", version));
        break;
      case "UID":
        draft.uid ??= text();
        break;
    }
  }
  if (writtenByUs(properties) && urls[0] !== undefined) {
    draft.profileUrl = urls[0];
  } else {
    const sorted = sortUrls([...socialProfiles, ...urls]);
    draft.profileUrl = sorted.profileUrl;
    draft.websites = sorted.websites;
  }
  if (isOrganizationCard(properties)) {
    draft.kind = "organization";
    // A 4.0 organization card needs no ORG: its FN is the organization's name.
    draft.organization ??= draft.fullName;
  }
  draft.notes = notes.join("\n");
  return finishRecord(draft, "vcard", line);
}
