// The practice's words as people read them on screen: the labels come from the domain's one
// table (shared with the command line); colours and the import's names are the web app's own.
import type { ConversationStatus } from "../../domain/vocabulary.js";
import type { ImportFormat } from "../api/transfer";

export {
  AREA_LABEL,
  CATEGORY_LABEL,
  CHANNEL_LABEL,
  DEGREE_LABEL,
  FOLLOW_UP_LABEL,
  HOW_KNOWN_LABEL,
  INSIGHT_KIND_LABEL,
  LEAD_STATUS_LABEL,
  MODE_LABEL,
  PHASE_LABEL,
  RELATION_LABEL,
  ROLE_LABEL,
  STATUS_LABEL,
} from "../../domain/labels.js";

/** One colour per pipeline status, shared by badges, the graph and the charts. */
export const STATUS_COLOR: Record<ConversationStatus, string> = {
  identified: "gray",
  asked: "yellow",
  scheduled: "blue",
  held: "violet",
  thanked: "teal",
  in_touch: "green",
  declined: "red",
  no_response: "orange",
  cancelled: "dark",
};

/** The same colours as hex values, for canvas drawings that cannot read CSS variables. */
export const STATUS_HEX: Record<ConversationStatus | "none", string> = {
  identified: "#868e96",
  asked: "#f08c00",
  scheduled: "#1c7ed6",
  held: "#7048e8",
  thanked: "#0c8599",
  in_touch: "#2f9e44",
  declined: "#e03131",
  no_response: "#e8590c",
  cancelled: "#343a40",
  none: "#adb5bd",
};

/** Which program wrote a file, as the import's format picker names it. */
export const IMPORT_FORMAT_LABEL: Record<ImportFormat, string> = {
  linkedin: "LinkedIn connections (CSV)",
  google: "Google Contacts (CSV)",
  outlook: "Outlook contacts (CSV)",
  vcard: "vCard (.vcf)",
  backup: "Inroads backup (JSON)",
  csv: "Other CSV (map the columns)",
};

/** The fields a CSV column can fill; a field the API adds later shows under its own name. */
export const IMPORT_FIELD_LABEL: Record<string, string> = {
  fullName: "Full name",
  namePrefix: "Name prefix (Dr., Ms.)",
  givenName: "First name",
  middleName: "Middle name",
  familyName: "Last name",
  nameSuffix: "Name suffix (Jr., PhD)",
  title: "Job title",
  organization: "Organization",
  email: "Email",
  emails: "Several emails",
  phone: "Phone",
  phones: "Several phones",
  street: "Street",
  city: "City",
  region: "State or region",
  postalCode: "Postal code",
  country: "Country",
  addresses: "Whole address",
  profileUrl: "Profile URL",
  notes: "Notes",
  labels: "Tags",
  connectedOn: "Connected on",
  uid: "Id from another program",
};

/** Select options from a label map, in the vocabulary's order. */
export function options<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
