// The practice's words as people read them on screen.
import type {
  AttemptChannel,
  ConversationMode,
  ConversationStatus,
  Degree,
  FollowUpKind,
  HowKnown,
  InsightArea,
  OrganizationRelation,
  QuestionCategory,
  QuestionPhase,
  Role,
} from "../../domain/vocabulary.js";
import type { ImportFormat } from "../api/transfer";

export const HOW_KNOWN_LABEL: Record<HowKnown, string> = {
  friend: "Friend",
  family: "Family",
  classmate_or_alumni: "Classmate or alumni",
  former_coworker: "Former coworker",
  former_boss: "Former boss",
  supplier: "Supplier",
  customer: "Customer",
  competitor: "Competitor",
  community: "Community",
  online: "Found online",
  referral: "Referral",
  directory: "Directory",
  other: "Other",
};

export const DEGREE_LABEL: Record<Degree, string> = {
  first: "1st degree",
  second: "2nd degree",
  none: "No connection",
};

export const ROLE_LABEL: Record<Role, string> = {
  practitioner: "Practitioner",
  supervisor: "Supervisor",
  hiring_manager: "Hiring manager",
  industry_leader: "Industry leader",
  recruiter: "Recruiter",
  other: "Other",
};

export const STATUS_LABEL: Record<ConversationStatus, string> = {
  identified: "Identified",
  asked: "Asked",
  scheduled: "Scheduled",
  held: "Held",
  thanked: "Thanked",
  in_touch: "In touch",
  declined: "Declined",
  no_response: "No response",
  cancelled: "Cancelled",
};

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

export const FOLLOW_UP_LABEL: Record<FollowUpKind, string> = {
  thank_you: "Thank-you",
  check_in: "Check-in",
  come_back: "Come back",
  retry: "Retry",
  close_outreach: "Let it go",
  other: "Follow-up",
};

export const CHANNEL_LABEL: Record<AttemptChannel, string> = {
  email: "Email",
  linkedin: "LinkedIn",
  phone: "Phone",
  in_person: "In person",
  other: "Other",
};

export const MODE_LABEL: Record<ConversationMode, string> = {
  in_person: "In person",
  phone: "Phone",
  video: "Video",
  online: "Online",
};

export const AREA_LABEL: Record<InsightArea, string> = {
  industry: "Industry",
  company: "Company",
  job: "Job",
};

export const RELATION_LABEL: Record<OrganizationRelation, string> = {
  target: "Target",
  former_employer: "Former employer",
  supplier: "Supplier",
  customer: "Customer",
  competitor: "Competitor",
  other: "Other",
};

export const PHASE_LABEL: Record<QuestionPhase, string> = {
  opening: "Opening",
  core: "Core",
  closing: "Closing",
};

export const CATEGORY_LABEL: Record<QuestionCategory, string> = {
  organisational: "Organisational",
  individual: "Individual",
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
  givenName: "First name",
  familyName: "Last name",
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
