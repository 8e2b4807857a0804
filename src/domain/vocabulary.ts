// The practice's words, as closed lists. The database, the API schemas, the CLI and the web
// app all take their enumerations from here so that one word means one thing everywhere.

/** How the seeker knows a person: the sources of people named in the practice. */
export const HOW_KNOWN = [
  "friend",
  "family",
  "classmate_or_alumni",
  "professor_or_teacher",
  "former_coworker",
  "former_boss",
  "supplier",
  "customer",
  "competitor",
  "community",
  "association",
  "chamber_or_trade_directory",
  "online",
  "referral",
  "directory",
  "other",
] as const;
export type HowKnown = (typeof HOW_KNOWN)[number];

/** Degree of connection, as LinkedIn counts it. */
export const DEGREES = ["first", "second", "none"] as const;
export type Degree = (typeof DEGREES)[number];

/** What a person does in relation to the target job. One person may hold several. */
export const ROLES = [
  "practitioner",
  "supervisor",
  "hiring_manager",
  "industry_leader",
  "recruiter",
  "other",
] as const;
export type Role = (typeof ROLES)[number];

export const PRIORITIES = ["A", "B", "C"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The seeker's relation to an organization; it shapes the viewpoint its people offer. */
export const ORGANIZATION_RELATIONS = [
  "target",
  "former_employer",
  "supplier",
  "customer",
  "competitor",
  "other",
] as const;
export type OrganizationRelation = (typeof ORGANIZATION_RELATIONS)[number];

export const CONVERSATION_MODES = ["in_person", "phone", "video", "online"] as const;
export type ConversationMode = (typeof CONVERSATION_MODES)[number];

/**
 * Where a conversation stands. The first six are the pipeline in order; the last three end it
 * early.
 */
export const CONVERSATION_STATUSES = [
  "identified",
  "asked",
  "scheduled",
  "held",
  "thanked",
  "in_touch",
  "declined",
  "no_response",
  "cancelled",
] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** The pipeline's forward path, used to rank how far a person has come. */
export const PIPELINE_ORDER: readonly ConversationStatus[] = [
  "identified",
  "asked",
  "scheduled",
  "held",
  "thanked",
  "in_touch",
];

export const ATTEMPT_CHANNELS = ["email", "linkedin", "phone", "in_person", "other"] as const;
export type AttemptChannel = (typeof ATTEMPT_CHANNELS)[number];

/** What came back from one attempt; `none` until the contact answers. */
export const ATTEMPT_RESPONSES = ["none", "accepted", "declined", "bounced"] as const;
export type AttemptResponse = (typeof ATTEMPT_RESPONSES)[number];

export const THANK_YOU_CHANNELS = ["email", "card", "other"] as const;
export type ThankYouChannel = (typeof THANK_YOU_CHANNELS)[number];

/** The three areas of research. */
export const INSIGHT_AREAS = ["industry", "company", "job"] as const;
export type InsightArea = (typeof INSIGHT_AREAS)[number];

/**
 * What an insight is: something learned, or an earlier assumption that a conversation
 * confirmed or overturned ("what changed my mind").
 */
export const INSIGHT_KINDS = ["learned", "assumption_confirmed", "assumption_overturned"] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** Organisational questions are about the company; individual ones about the person. */
export const QUESTION_CATEGORIES = ["organisational", "individual"] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

/** Opening frames the talk and asks about their path, core is the substance, closing asks for names. */
export const QUESTION_PHASES = ["opening", "core", "closing"] as const;
export type QuestionPhase = (typeof QUESTION_PHASES)[number];

export const FOLLOW_UP_KINDS = [
  "thank_you",
  "check_in",
  "come_back",
  "retry",
  "close_outreach",
  "other",
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** A touchpoint is something given to a contact (news, an article) or received from one. */
export const TOUCHPOINT_DIRECTIONS = ["given", "received"] as const;
export type TouchpointDirection = (typeof TOUCHPOINT_DIRECTIONS)[number];

/** An opening's way from first heard of to an answer, in order. */
export const LEAD_STATUSES = [
  "heard",
  "pursuing",
  "applied",
  "interviewing",
  "offer",
  "closed",
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** The agenda's four phases, in order. */
export const AGENDA_PHASES = ["welcome", "context", "questions", "wrap_up"] as const;
export type AgendaPhase = (typeof AGENDA_PHASES)[number];
