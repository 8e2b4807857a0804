// Row types of the database, as Kysely sees them. Both engines store the same shapes:
// instants and dates as ISO text, booleans as 0/1 integers and lists as JSON text, so one query
// code and one backup format serve SQLite and PostgreSQL alike.

import type { Generated } from "kysely";
import type {
  AuthAccountTable,
  AuthUserTable,
  ServerSettingTable,
  SignInFailureTable,
} from "./accountsSchema.js";
import type { CentersDatabase } from "./centersSchema.js";

/** 0 or 1: booleans are integers on both engines. */
export type Flag = number;

export interface OwnerTable {
  id: string;
  name: string;
  created_at: string;
  /** SQLite only: the owner's range of FTS rows (src/store/searchRows.ts). */
  search_key?: number | null;
}

export interface SettingsTable {
  owner_id: string;
  time_zone: string;
  request_minutes: number;
  retry_after_days: number;
  max_attempts: number;
  thank_you_within_hours: number;
  active_check_in_days: number;
  active_period_days: number;
  long_run_check_in_days: number;
  come_back_after_days: number;
  speaking_rate_wpm: number;
  pitch_max_seconds: number;
  upcoming_days: number;
  updated_at: string;
}

export interface IndustryTable {
  id: string;
  owner_id: string;
  name: string;
  segments: string; // JSON string[]: stores, suppliers, distributors…
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface OrganizationTable {
  id: string;
  owner_id: string;
  name: string;
  industry_id: string | null;
  relation: string;
  website: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface TargetTable {
  id: string;
  owner_id: string;
  role: string;
  industry_id: string | null;
  notes: string;
  why_field: string;
  why_company: string;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface TargetOrganizationTable {
  owner_id: string;
  target_id: string;
  organization_id: string;
}

export interface PersonTable {
  id: string;
  owner_id: string;
  full_name: string;
  name_note: string;
  name_prefix: string | null;
  given_name: string | null;
  middle_name: string | null;
  family_name: string | null;
  name_suffix: string | null;
  title: string | null;
  organization_id: string | null;
  industry_id: string | null;
  emails: string; // JSON string[]
  phones: string; // JSON string[]
  mailing_address: string | null;
  profile_url: string | null;
  how_known: string;
  degree: string;
  roles: string; // JSON Role[]
  hiring_power: Flag;
  referred_by_id: string | null;
  priority: string;
  tags: string; // JSON string[]
  notes: string;
  keep_in_touch_days: number | null;
  stage: string | null;
  last_contact_at: string | null;
  /** Lower-cased, accent-free text the full-text index is built from. */
  search_text: string;
  /** SQLite only: the number of the person's FTS row (src/store/searchRows.ts). */
  search_rowid?: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConversationTable {
  id: string;
  owner_id: string;
  person_id: string;
  target_id: string | null;
  mode: string;
  requested_minutes: number;
  status: string;
  scheduled_at: string | null;
  place: string | null;
  agenda: string | null; // JSON AgendaItem[] when the user changed the default
  notes_permission: Flag | null;
  notes: string;
  research_notes: string;
  held_at: string | null;
  thank_you_sent_at: string | null;
  thank_you_channel: string | null;
  created_at: string;
  updated_at: string;
}

export interface AttemptTable {
  id: string;
  owner_id: string;
  conversation_id: string;
  number: number;
  channel: string;
  sent_at: string;
  response: string;
  responded_at: string | null;
  message: string;
  created_at: string;
}

export interface QuestionTable {
  id: string;
  /** Null for the built-in bank that every owner shares. */
  owner_id: string | null;
  key: string | null;
  text: string;
  category: string;
  phase: string;
  sensitive: Flag;
  minutes: number;
  created_at: string;
}

export interface ConversationQuestionTable {
  id: string;
  owner_id: string;
  conversation_id: string;
  question_id: string;
  position: number;
  asked: Flag;
  answer: string;
  updated_at: string;
}

export interface ReferralTable {
  id: string;
  owner_id: string;
  from_person_id: string;
  person_id: string;
  conversation_id: string | null;
  may_use_name: Flag;
  note: string;
  created_at: string;
}

export interface InsightTable {
  id: string;
  owner_id: string;
  area: string;
  kind: string;
  text: string;
  target_id: string | null;
  industry_id: string | null;
  organization_id: string | null;
  person_id: string | null;
  conversation_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface GlossaryTermTable {
  id: string;
  owner_id: string;
  industry_id: string;
  term: string;
  meaning: string;
  /** The conversation it was captured in, if any. */
  conversation_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PitchTable {
  id: string;
  owner_id: string;
  target_id: string;
  who_i_am: string;
  what_i_did: string;
  what_i_want: string;
  how_you_can_help: string;
  updated_at: string;
}

export interface FollowUpTable {
  id: string;
  owner_id: string;
  person_id: string;
  conversation_id: string | null;
  kind: string;
  due_on: string;
  due_at: string | null;
  done_at: string | null;
  snoozed_until: string | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface TouchpointTable {
  id: string;
  owner_id: string;
  person_id: string;
  direction: string;
  summary: string;
  occurred_on: string;
  created_at: string;
}

export interface LeadTable {
  id: string;
  owner_id: string;
  title: string;
  organization_id: string | null;
  person_id: string | null;
  conversation_id: string | null;
  status: string;
  heard_on: string;
  note: string;
  created_at: string;
  updated_at: string;
}

/** A calendar subscription link; the token itself is never stored, only its SHA-256. */
export interface CalendarFeedTable {
  id: string;
  owner_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** The seeker's request and thank-you templates; a null field falls back to the built-in text. */
export interface TemplatesTable {
  id: string;
  owner_id: string;
  my_name: string | null;
  request_subject: string | null;
  request: string | null;
  thank_you_email: string | null;
  thank_you_card: string | null;
  created_at: string;
  updated_at: string;
}

/** SQLite's FTS5 index of people; PostgreSQL indexes people.search_text instead. */
export interface PeopleFtsTable {
  rowid: Generated<number>;
  person_id: string;
  owner_id: string;
  /** The person's name, kept beside the words so a page of matches is sorted without people. */
  full_name: string;
  search_text: string;
}

export interface Database extends CentersDatabase {
  owners: OwnerTable;
  settings: SettingsTable;
  industries: IndustryTable;
  organizations: OrganizationTable;
  targets: TargetTable;
  target_organizations: TargetOrganizationTable;
  people: PersonTable;
  conversations: ConversationTable;
  attempts: AttemptTable;
  questions: QuestionTable;
  conversation_questions: ConversationQuestionTable;
  referrals: ReferralTable;
  insights: InsightTable;
  glossary_terms: GlossaryTermTable;
  pitches: PitchTable;
  follow_ups: FollowUpTable;
  touchpoints: TouchpointTable;
  leads: LeadTable;
  people_fts: PeopleFtsTable;
  calendar_feeds: CalendarFeedTable;
  templates: TemplatesTable;
  user: AuthUserTable;
  account: AuthAccountTable;
  sign_in_failures: SignInFailureTable;
  server_settings: ServerSettingTable;
  reminder_settings: ReminderSettingsTable;
  reminders_sent: ReminderSentTable;
  unsubscribe_links: UnsubscribeLinkTable;
}

export interface ReminderSettingsTable {
  owner_id: string;
  digest_enabled: number;
  digest_hour: number;
  nudge_enabled: number;
  nudge_after_hours: number;
  updated_at: string;
}

export interface ReminderSentTable {
  owner_id: string;
  /** "digest" (subject: the day) or "nudge" (subject: the conversation). */
  kind: string;
  subject: string;
  /** "sent", or "nothing_due" for a day whose digest had nothing in it. */
  outcome: string;
  at: string;
}

export interface UnsubscribeLinkTable {
  token_hash: string;
  owner_id: string;
  kind: string;
  created_at: string;
  revoked_at: string | null;
}
