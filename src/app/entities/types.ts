// Each entity's type as the API answers it, inferred from its schema: the web app imports these
// (type-only) instead of keeping copies.
import type { z } from "zod";
import type { attemptResource } from "./attempt.js";
import type { conversationResource } from "./conversation.js";
import type { conversationQuestionResource } from "./conversationQuestion.js";
import type { followUpResource } from "./followUp.js";
import type { glossaryTermResource } from "./glossaryTerm.js";
import type { industryResource } from "./industry.js";
import type { insightResource } from "./insight.js";
import type { leadResource } from "./lead.js";
import type { organizationResource } from "./organization.js";
import type { personResource } from "./person.js";
import type { questionResource } from "./question.js";
import type { referralResource } from "./referral.js";
import type { targetResource } from "./target.js";
import type { touchpointResource } from "./touchpoint.js";

export type Person = z.output<typeof personResource.entity>;
/** A person in a list: with their organization's name. */
export type PersonListItem = z.output<typeof personResource.listItem>;
export type PersonCreate = z.input<typeof personResource.create>;
export type PersonUpdate = z.input<typeof personResource.update>;
export type Organization = z.output<typeof organizationResource.entity>;
export type OrganizationCreate = z.input<typeof organizationResource.create>;
export type Industry = z.output<typeof industryResource.entity>;
export type Target = z.output<typeof targetResource.entity>;
export type TargetCreate = z.input<typeof targetResource.create>;
export type Conversation = z.output<typeof conversationResource.entity>;
export type ConversationCreate = z.input<typeof conversationResource.create>;
export type ConversationUpdate = z.input<typeof conversationResource.update>;
export type Attempt = z.output<typeof attemptResource.entity>;
export type Question = z.output<typeof questionResource.entity>;
export type QuestionCreate = z.input<typeof questionResource.create>;
export type ConversationQuestion = z.output<typeof conversationQuestionResource.entity>;
export type ConversationQuestionUpdate = z.input<typeof conversationQuestionResource.update>;
export type Referral = z.output<typeof referralResource.entity>;
export type Insight = z.output<typeof insightResource.entity>;
export type InsightCreate = z.input<typeof insightResource.create>;
export type GlossaryTerm = z.output<typeof glossaryTermResource.entity>;
export type GlossaryTermCreate = z.input<typeof glossaryTermResource.create>;
export type FollowUp = z.output<typeof followUpResource.entity>;
export type Touchpoint = z.output<typeof touchpointResource.entity>;
export type Lead = z.output<typeof leadResource.entity>;
export type LeadCreate = z.input<typeof leadResource.create>;
