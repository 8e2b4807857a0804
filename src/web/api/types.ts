// The API's types for the web app, inferred from the server's zod schemas (type-only imports,
// erased from the bundle): the entities in src/app/entities, the views in src/app/views.
export type {
  Attempt,
  Conversation,
  ConversationCreate,
  ConversationQuestion,
  ConversationQuestionUpdate,
  ConversationUpdate,
  FollowUp,
  GlossaryTerm,
  GlossaryTermCreate,
  Industry,
  Insight,
  InsightCreate,
  Lead,
  LeadCreate,
  Organization,
  OrganizationCreate,
  Person,
  PersonCreate,
  PersonListItem,
  PersonUpdate,
  Question,
  QuestionCreate,
  Referral,
  Target,
  TargetCreate,
  Touchpoint,
} from "../../app/entities/types.js";
export type {
  Coverage,
  CoverageGap,
  CoveragePerson,
  TalkedAndPlanned,
} from "../../app/views/coverage.js";
export type { Page } from "../../app/views/page.js";
export type {
  AgendaItem,
  PickedQuestion,
  Pitch,
  PitchTiming,
  Preparation,
  QuestionBudget,
} from "../../app/views/preparation.js";
export type { FieldIssueView as FieldIssue } from "../../app/views/problem.js";
export type { Progress } from "../../app/views/progress.js";
export type { CapturedReferral } from "../../app/views/referral.js";
export type { Settings as PracticeSettings } from "../../app/views/settings.js";
export type { TemplatesView } from "../../app/views/templates.js";
export type {
  Today,
  TodayConversation,
  TodayFollowUp,
  TodayGap,
  TodayRetry,
  TodayToAsk,
} from "../../app/views/today.js";
export type {
  CalendarFeed,
  CsvColumns,
  DemoLoaded,
  ImportCounts,
  ImportRequest,
  ImportResult,
  NewCalendarFeed,
  RowAction,
  RowOutcome,
  SkippedRow,
} from "../../app/views/transfer.js";
