// What the API's views answer: the preparation of a conversation, a pitch with its timing,
// coverage, Today and Progress. Entities are in types.ts.
import type { CoverageGap, CoverageRole } from "../../domain/coverage.js";
import type {
  AttemptChannel,
  ConversationMode,
  ConversationStatus,
  FollowUpKind,
  InsightArea,
  QuestionCategory,
  QuestionPhase,
  Role,
} from "../../domain/vocabulary.js";
import type {
  AgendaItem,
  Conversation,
  Person,
  PitchTiming,
  QuestionBudget,
  Referral,
} from "./types";

/** A question picked for a conversation, joined with the question's text and timing. */
export interface PickedQuestion {
  id: string;
  questionId: string;
  position: number;
  asked: boolean;
  answer: string;
  text: string;
  category: QuestionCategory;
  phase: QuestionPhase;
  sensitive: boolean;
  minutes: number;
}

export interface Preparation {
  conversation: Conversation;
  agenda: AgendaItem[];
  questions: PickedQuestion[];
  budget: QuestionBudget;
  guide: { min: number; max: number };
}

export interface Pitch {
  targetId: string;
  whoIAm: string;
  whatIDid: string;
  whatIWant: string;
  howYouCanHelp: string;
  timing: PitchTiming;
}

export interface CoveragePerson {
  id: string;
  fullName: string;
  roles: Role[];
  organizationId: string | null;
  hiringPower: boolean;
  stage: ConversationStatus | null;
}

export interface TalkedAndPlanned {
  talked: CoveragePerson[];
  planned: CoveragePerson[];
}

export interface Coverage {
  targetId: string;
  role: string;
  areas: Record<InsightArea, number>;
  roles: Record<CoverageRole, TalkedAndPlanned>;
  organizations: { talked: number; planned: number };
  hiringPower: TalkedAndPlanned;
  gaps: CoverageGap[];
  complete: boolean;
}

/** A follow-up as Today lists it, with the person's name and the conversation's status. */
export interface TodayFollowUp {
  id: string;
  kind: FollowUpKind;
  dueOn: string;
  dueAt: string | null;
  note: string;
  personId: string;
  personName: string;
  conversationId: string | null;
  conversationStatus: ConversationStatus | null;
}

export interface TodayRetry extends TodayFollowUp {
  attempts: number;
  maxAttempts: number;
}

export interface TodayConversation {
  id: string;
  personId: string;
  personName: string;
  scheduledAt: string;
  mode: ConversationMode;
  place: string | null;
  requestedMinutes: number;
  targetId: string | null;
}

export interface Today {
  date: string;
  timeZone: string;
  now: string;
  followUps: { overdue: TodayFollowUp[]; dueToday: TodayFollowUp[] };
  retries: TodayRetry[];
  upcoming: TodayConversation[];
  toRecord: TodayConversation[];
  coverageGaps: { targetId: string; role: string; gaps: CoverageGap[] }[];
}

export interface Progress {
  funnel: { stage: ConversationStatus; count: number }[];
  responseRate: { channel: AttemptChannel; sent: number; answered: number; rate: number }[];
  referralYield: { referrals: number; perConversation: number; reached: number; reachRate: number };
  conversationsPerWeek: { week: string; count: number }[];
  networkGrowth: { week: string; people: number }[];
}

export interface CapturedReferral {
  referral: Referral;
  person: Person;
  conversation: Conversation | null;
}
