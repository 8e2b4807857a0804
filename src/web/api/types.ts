// The API's entities as the web app sees them. They mirror the zod schemas in src/app/entities;
// the closed lists come from the domain's vocabulary so one word means one thing everywhere.
import type { AgendaItem } from "../../domain/agenda.js";
import type { PitchTiming } from "../../domain/pitch.js";
import type { QuestionBudget } from "../../domain/questionBudget.js";
import type { PracticeSettings } from "../../domain/settings.js";
import type {
  AttemptChannel,
  AttemptResponse,
  ConversationMode,
  ConversationStatus,
  Degree,
  FollowUpKind,
  HowKnown,
  InsightArea,
  LeadStatus,
  OrganizationRelation,
  Priority,
  QuestionCategory,
  QuestionPhase,
  Role,
  ThankYouChannel,
  TouchpointDirection,
} from "../../domain/vocabulary.js";

export type { AgendaItem, PitchTiming, PracticeSettings, QuestionBudget };

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

interface Stamped {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface Person extends Stamped {
  fullName: string;
  nameNote: string;
  title: string | null;
  organizationId: string | null;
  /** Given in lists, so rows show it without loading every organization. */
  organizationName?: string | null;
  industryId: string | null;
  emails: string[];
  phones: string[];
  mailingAddress: string | null;
  profileUrl: string | null;
  howKnown: HowKnown;
  degree: Degree;
  roles: Role[];
  hiringPower: boolean;
  referredById: string | null;
  priority: Priority;
  tags: string[];
  notes: string;
  keepInTouchDays: number | null;
  stage: ConversationStatus | null;
  lastContactAt: string | null;
}

export interface Organization extends Stamped {
  name: string;
  industryId: string | null;
  relation: OrganizationRelation;
  website: string | null;
  notes: string;
}

export interface Industry extends Stamped {
  name: string;
  segments: string[];
  notes: string;
}

export interface Target extends Stamped {
  role: string;
  industryId: string | null;
  notes: string;
  active: boolean;
  organizationIds: string[];
}

export interface Conversation extends Stamped {
  personId: string;
  targetId: string | null;
  mode: ConversationMode;
  requestedMinutes: number;
  status: ConversationStatus;
  scheduledAt: string | null;
  place: string | null;
  agenda: AgendaItem[] | null;
  notesPermission: boolean | null;
  notes: string;
  researchNotes: string;
  heldAt: string | null;
  thankYouSentAt: string | null;
  thankYouChannel: ThankYouChannel | null;
}

export interface Attempt {
  id: string;
  conversationId: string;
  number: number;
  channel: AttemptChannel;
  sentAt: string;
  message: string;
  response: AttemptResponse;
  respondedAt: string | null;
  createdAt: string;
}

export interface Question {
  id: string;
  key: string | null;
  text: string;
  category: QuestionCategory;
  phase: QuestionPhase;
  sensitive: boolean;
  minutes: number;
  builtIn: boolean;
  createdAt: string;
}

export interface Referral {
  id: string;
  fromPersonId: string;
  personId: string;
  conversationId: string | null;
  mayUseName: boolean;
  note: string;
  createdAt: string;
}

export interface Insight extends Stamped {
  area: InsightArea;
  text: string;
  targetId: string | null;
  industryId: string | null;
  organizationId: string | null;
  personId: string | null;
  conversationId: string | null;
}

export interface GlossaryTerm extends Stamped {
  industryId: string;
  term: string;
  meaning: string;
}

export interface FollowUp extends Stamped {
  personId: string;
  conversationId: string | null;
  kind: FollowUpKind;
  dueOn: string;
  dueAt: string | null;
  note: string;
  doneAt: string | null;
  snoozedUntil: string | null;
}

export interface Touchpoint {
  id: string;
  personId: string;
  direction: TouchpointDirection;
  summary: string;
  occurredOn: string;
  createdAt: string;
}

export interface Lead extends Stamped {
  title: string;
  organizationId: string | null;
  personId: string | null;
  conversationId: string | null;
  status: LeadStatus;
  heardOn: string;
  note: string;
}

export type * from "./views";
