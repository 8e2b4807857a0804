// Every entity, once: whether the API serves it and how it is created, whether the backup
// carries it, and how `q` searches it. The API's resource routes and the JSON backup derive their
// lists from here, so a new entity is added in one place and cannot be left out of either by
// accident (test/integration/backupCoverage.test.ts checks the backup against the schema).
import { conversationsService } from "../conversations.js";
import { genericService, type ResourceService } from "../crud.js";
import { organizationsService } from "../organizations.js";
import { peopleService } from "../people.js";
import { questionsService } from "../questions.js";
import { referralsService } from "../referrals.js";
import type { ResourceDef } from "../resource.js";
import { targetsService } from "../targets.js";
import { attemptResource } from "./attempt.js";
import { conversationResource } from "./conversation.js";
import { conversationQuestionResource } from "./conversationQuestion.js";
import { followUpResource } from "./followUp.js";
import { glossaryTermResource } from "./glossaryTerm.js";
import { industryResource } from "./industry.js";
import { insightResource } from "./insight.js";
import { leadResource } from "./lead.js";
import { organizationResource } from "./organization.js";
import { personResource } from "./person.js";
import { pitchResource } from "./pitch.js";
import { questionResource } from "./question.js";
import { referralResource } from "./referral.js";
import { targetResource } from "./target.js";
import { templatesResource } from "./templates.js";
import { touchpointResource } from "./touchpoint.js";

export interface EntityEntry {
  def: ResourceDef;
  /** The use cases behind its routes; the plain five when it has no rules of its own. */
  service: ResourceService;
  /**
   * Served under /api/<plural> (false: not served there). `createdBy` names the use-case route
   * that creates it when the plain POST is closed, because creating one also applies a rule or
   * moves something along.
   */
  api: { create: "open" } | { create: "closed"; createdBy: string } | false;
  /**
   * Carried by the JSON backup (owned questions only: built-in ones belong to the program), or
   * left out for the reason given.
   */
  backup: true | { leftOut: string };
  /** How `q` finds rows: people by full text, the rest by substring over `def.searchFields`. */
  search: "full-text" | "substring";
}

const plain = (def: ResourceDef) => genericService(def);

/** In an order where every row's references come before it (people's referrers aside). */
export const ENTITIES: readonly EntityEntry[] = [
  {
    def: industryResource,
    service: plain(industryResource),
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: organizationResource,
    service: organizationsService,
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: targetResource,
    service: targetsService,
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: personResource,
    service: peopleService,
    api: { create: "open" },
    backup: true,
    search: "full-text",
  },
  {
    def: conversationResource,
    service: conversationsService,
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: attemptResource,
    service: plain(attemptResource),
    api: {
      create: "closed",
      createdBy: "POST /api/conversations/{id}/attempts (applies the limit)",
    },
    backup: true,
    search: "substring",
  },
  {
    def: questionResource,
    service: questionsService,
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: conversationQuestionResource,
    service: plain(conversationQuestionResource),
    // Answers are PATCHed on the plain routes.
    api: { create: "closed", createdBy: "PUT /api/conversations/{id}/questions (the picks)" },
    backup: true,
    search: "substring",
  },
  {
    def: referralResource,
    service: referralsService,
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: insightResource,
    service: plain(insightResource),
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: glossaryTermResource,
    service: plain(glossaryTermResource),
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: pitchResource,
    service: plain(pitchResource),
    api: { create: "closed", createdBy: "PUT /api/targets/{id}/pitch (one per target)" },
    backup: true,
    search: "substring",
  },
  {
    def: followUpResource,
    service: plain(followUpResource),
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    def: touchpointResource,
    service: plain(touchpointResource),
    api: {
      create: "closed",
      createdBy: "POST /api/touchpoints (also moves the relationship along)",
    },
    backup: true,
    search: "substring",
  },
  {
    def: leadResource,
    service: plain(leadResource),
    api: { create: "open" },
    backup: true,
    search: "substring",
  },
  {
    // One set per owner, read and saved through GET and PUT /api/templates.
    def: templatesResource,
    service: plain(templatesResource),
    api: false,
    backup: true,
    search: "substring",
  },
];

/**
 * Tables with an owner that are not entities of their own, each with how the backup treats it.
 * Every owned table must be an entity in the backup or be named here.
 */
export const OTHER_OWNED_TABLES: Readonly<Record<string, string>> = {
  settings: "carried as the backup's settings",
  target_organizations: "carried as each target's organizationIds",
  people_fts: "derived from people's search text, rebuilt on restore",
  calendar_feeds:
    "left out: a feed's token is a secret link to the calendar; after a restore the seeker makes a new one",
  reminder_settings:
    "left out: mail choices belong to the account on this server; a restored backup starts from the defaults",
  reminders_sent:
    "left out: a record of mail this server sent, which means nothing to another database",
  unsubscribe_links: "left out: secret links in mail this server sent; they stay with it",
};
