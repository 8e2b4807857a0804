// The practice's words as people read them, for every closed list in vocabulary.ts: the web app
// and the command line print the same label for the same word.
import type {
  AttemptChannel,
  ConversationMode,
  ConversationStatus,
  Degree,
  FollowUpKind,
  HowKnown,
  InsightArea,
  InsightKind,
  LeadStatus,
  OrganizationRelation,
  QuestionCategory,
  QuestionPhase,
  Role,
} from "./vocabulary.js";

export const HOW_KNOWN_LABEL: Record<HowKnown, string> = {
  friend: "Friend",
  family: "Family",
  classmate_or_alumni: "Classmate or alumni",
  professor_or_teacher: "Professor or teacher",
  former_coworker: "Former coworker",
  former_boss: "Former boss",
  supplier: "Supplier",
  customer: "Customer",
  competitor: "Competitor",
  community: "Community",
  association: "Professional or trade association",
  chamber_or_trade_directory: "Chamber or trade directory",
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

export const FOLLOW_UP_LABEL: Record<FollowUpKind, string> = {
  thank_you: "Thank-you",
  check_in: "Check-in",
  come_back: "Come back",
  retry: "Retry",
  close_outreach: "Let it go",
  other: "Follow-up",
};

/** A follow-up as something to do, as the command line's Today lists it. */
export const FOLLOW_UP_ACTION: Record<FollowUpKind, string> = {
  thank_you: "Send thanks",
  check_in: "Check in",
  come_back: "Come back",
  retry: "Try again",
  close_outreach: "Let it go?",
  other: "Follow up",
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
  organisational: "Organizational",
  individual: "Individual",
};

export const INSIGHT_KIND_LABEL: Record<InsightKind, string> = {
  learned: "Learned",
  assumption_confirmed: "Assumption confirmed",
  assumption_overturned: "Changed my mind",
};

export const LEAD_STATUS_LABEL: Record<LeadStatus, string> = {
  heard: "Heard of",
  pursuing: "Pursuing",
  applied: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  closed: "Closed",
};
