// The people a seeker talks to are third parties who never agreed to be seen. Without the
// `contacts` scope a coach sees each as "Person 3, Supplier, Northwind": a number stable for
// the seeker, with what the organization is to the seeker and its name, never the person's own
// details. Free text the seeker wrote (notes, answers) has every known name, address and
// number taken out before a coach reads it.

import { RELATION_LABEL } from "../labels.js";
import type { OrganizationRelation } from "../vocabulary.js";

export interface ThirdParty {
  id: string;
  /** Every way the seeker wrote the name: full name, given and family names. */
  names: readonly string[];
  emails: readonly string[];
  phones: readonly string[];
  organization: string | null;
  relation: string | null;
}

/** "Person 3, Supplier, Northwind"; the number is the person's place in the seeker's list. */
export function pseudonym(position: number, relation: string | null, organization: string | null) {
  const relationWord = relation
    ? (RELATION_LABEL[relation as OrganizationRelation] ?? relation.replace(/_/g, " "))
    : null;
  return [`Person ${position}`, relationWord, organization].filter(Boolean).join(", ");
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Seven digits or more, with the usual separators: a phone number whatever its country. Dates
// and instants have the same look, so they are told apart in `hidePhones`.
const PHONE = /\+?\(?\d[\d ().-]{5,}\d/g;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

function hidePhones(text: string): string {
  return text.replace(PHONE, (match) =>
    DATE_LIKE.test(match) || match.replace(/\D/g, "").length < 7 ? match : "[phone number]",
  );
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export type Redactor = (text: string) => string;

/**
 * A function that takes every known name out of a text, each replaced by its pseudonym, and
 * every address and phone number by a word that says what was there. Names of one or two
 * letters are left, since they would take ordinary words with them.
 */
export function redactor(people: readonly { label: string; names: readonly string[] }[]): Redactor {
  const labelOf = new Map<string, string>();
  for (const person of people) {
    for (const name of person.names) {
      const key = name.trim().toLocaleLowerCase();
      if (key.length >= 3 && !labelOf.has(key)) labelOf.set(key, person.label);
    }
  }
  const names = [...labelOf.keys()].sort((a, b) => b.length - a.length);
  const pattern =
    names.length > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${names.map(escapeForPattern).join("|")})(?![\\p{L}\\p{N}])`,
          "giu",
        )
      : null;
  return (text) => {
    let out = hidePhones(text.replace(EMAIL, "[e-mail address]"));
    if (pattern)
      out = out.replace(pattern, (match) => labelOf.get(match.toLocaleLowerCase()) ?? "[name]");
    return out;
  };
}

/** Every string inside a value, redacted; the shape is kept. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]),
    ) as T;
  }
  return value;
}
