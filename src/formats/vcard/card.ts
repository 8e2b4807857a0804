// Builds one contact from the properties between BEGIN:VCARD and END:VCARD. Grouped labels
// (`item1.X-ABLabel`) may come before or after the value they name, so they are gathered first.
import type { ContactRecord, SkippedEntry } from "../contact.js";
import { isLinkedInUrl, pickProfileUrl } from "../profileUrl.js";
import { type ContactDraft, finishRecord } from "../record.js";
import { labelFromAppleLabel, labelFromTypes } from "./labels.js";
import { paramWord, type VCardProperty } from "./property.js";
import { decodedValue, splitEscaped, unescapeText } from "./values.js";

function groupLabels(properties: readonly VCardProperty[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of properties) {
    if (property.name !== "X-ABLABEL" || property.group === undefined) continue;
    const label = labelFromAppleLabel(unescapeText(decodedValue(property)));
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

export function cardToRecord(
  properties: readonly VCardProperty[],
  line: number,
): ContactRecord | SkippedEntry {
  const labels = groupLabels(properties);
  const draft: Required<Pick<ContactDraft, "emails" | "phones" | "addresses" | "labels">> &
    ContactDraft = { emails: [], phones: [], addresses: [], labels: [] };
  const urls: string[] = [];
  const socialProfiles: string[] = [];
  const notes: string[] = [];
  for (const property of properties) {
    const raw = decodedValue(property);
    const text = () => unescapeText(raw);
    const label = () =>
      (property.group === undefined ? undefined : labels.get(property.group)) ??
      labelFromTypes(property.params.get("TYPE") ?? []);
    switch (property.name) {
      case "FN":
        draft.fullName ??= text();
        break;
      case "N": {
        const [family, given, additional] = splitEscaped(raw, ";");
        draft.familyName ??= family;
        draft.givenName ??= given;
        draft.middleName ??= additional;
        break;
      }
      case "ORG":
        draft.organization ??= splitEscaped(raw, ";")[0];
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
        const [poBox, extended, street, city, region, postalCode, country] = splitEscaped(raw, ";");
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
        if (isLinkedInProfile(property, text())) socialProfiles.push(text());
        break;
      case "NOTE":
        notes.push(text());
        break;
      case "CATEGORIES":
        draft.labels.push(...splitEscaped(raw, ","));
        break;
      case "UID":
        draft.uid ??= text();
        break;
    }
  }
  draft.profileUrl = pickProfileUrl([...urls, ...socialProfiles]);
  draft.notes = notes.join("\n");
  return finishRecord(draft, "vcard", line);
}
