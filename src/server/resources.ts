// Every resource the API exposes, with the service that runs its use cases.
import { conversationsService } from "../app/conversations.js";
import { genericService, type ResourceService } from "../app/crud.js";
import { attemptResource } from "../app/entities/attempt.js";
import { conversationQuestionResource } from "../app/entities/conversationQuestion.js";
import { followUpResource } from "../app/entities/followUp.js";
import { glossaryTermResource } from "../app/entities/glossaryTerm.js";
import { industryResource } from "../app/entities/industry.js";
import { insightResource } from "../app/entities/insight.js";
import { leadResource } from "../app/entities/lead.js";
import { pitchResource } from "../app/entities/pitch.js";
import { referralResource } from "../app/entities/referral.js";
import { touchpointResource } from "../app/entities/touchpoint.js";
import { organizationsService } from "../app/organizations.js";
import { peopleService } from "../app/people.js";
import { questionsService } from "../app/questions.js";
import { targetsService } from "../app/targets.js";

export interface ExposedResource {
  service: ResourceService;
  /** false when creating goes through a use case route instead of the plain POST. */
  create: boolean;
}

export const RESOURCES: ExposedResource[] = [
  { service: peopleService, create: true },
  { service: organizationsService, create: true },
  { service: genericService(industryResource), create: true },
  { service: targetsService, create: true },
  { service: conversationsService, create: true },
  // Attempts are recorded through POST /api/conversations/{id}/attempts, which applies the limit.
  { service: genericService(attemptResource), create: false },
  { service: questionsService, create: true },
  // Picks are written through PUT /api/conversations/{id}/questions; answers are PATCHed here.
  { service: genericService(conversationQuestionResource), create: false },
  { service: genericService(referralResource), create: true },
  { service: genericService(insightResource), create: true },
  { service: genericService(glossaryTermResource), create: true },
  // Pitches are saved per target through PUT /api/targets/{id}/pitch.
  { service: genericService(pitchResource), create: false },
  { service: genericService(followUpResource), create: true },
  // Touchpoints are logged through a use case that also moves the relationship along.
  { service: genericService(touchpointResource), create: false },
  { service: genericService(leadResource), create: true },
];
