// A first guess at which column holds what, from the column names, so that a spreadsheet with
// "Name", "E-mail" and "Company" needs a glance rather than ten picks. The user checks and
// changes it before anything is read with it.
import type { ColumnMapping } from "../../api/transfer";

/** Column names (lower case, letters and digits only) that usually hold each field. */
const USUAL_NAMES: Record<string, readonly string[]> = {
  fullName: ["name", "fullname", "contact", "contactname", "person", "displayname"],
  givenName: ["firstname", "givenname", "first", "forename"],
  familyName: ["lastname", "familyname", "surname", "last"],
  title: ["title", "jobtitle", "position", "role", "job"],
  organization: [
    "company",
    "companyname",
    "organization",
    "organisation",
    "employer",
    "firm",
    "org",
  ],
  email: ["email", "mail", "emailaddress", "email1", "workemail"],
  phone: ["phone", "telephone", "tel", "mobile", "cell", "phonenumber", "mobilephone"],
  city: ["city", "town"],
  region: ["state", "region", "province"],
  postalCode: ["zip", "zipcode", "postcode", "postalcode"],
  country: ["country"],
  profileUrl: ["linkedin", "linkedinurl", "profile", "profileurl", "url"],
  notes: ["notes", "note", "comments", "comment"],
  labels: ["tags", "labels", "groups", "categories"],
  connectedOn: ["connectedon", "connected", "dateconnected"],
};

export function normaliseColumn(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function guessMapping(headers: readonly string[], fields: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const field of fields) {
    const wanted = new Set([normaliseColumn(field), ...(USUAL_NAMES[field] ?? [])]);
    const column = headers.find((h) => !taken.has(h) && wanted.has(normaliseColumn(h)));
    if (column !== undefined) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

/** A file can be read once some column names the person: a name or an email. */
export function mappingIsEnough(mapping: ColumnMapping): boolean {
  return ["fullName", "givenName", "familyName", "email", "emails"].some(
    (field) => mapping[field] !== undefined,
  );
}
