// How complete the plan for a target is: GET /api/targets/{id}/coverage, and Today's gaps.
import { z } from "zod";
import { COVERAGE_ROLES } from "../../domain/coverage.js";
import { CONVERSATION_STATUSES, INSIGHT_AREAS, ROLES } from "../../domain/vocabulary.js";
import { id, optionalId } from "../entities/fields.js";

export const coverageGapSchema = z.object({ code: z.string(), message: z.string() });

export const coveragePersonSchema = z.object({
  id,
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  organizationId: optionalId,
  hiringPower: z.boolean(),
  stage: z.enum(CONVERSATION_STATUSES).nullable(),
});

export const talkedAndPlannedSchema = z.object({
  talked: z.array(coveragePersonSchema),
  planned: z.array(coveragePersonSchema),
});

export const coverageSchema = z.object({
  targetId: id,
  role: z.string(),
  areas: z.record(z.enum(INSIGHT_AREAS), z.number().int()).describe("insights noted per area"),
  roles: z.record(z.enum(COVERAGE_ROLES), talkedAndPlannedSchema),
  organizations: z.object({ talked: z.number().int(), planned: z.number().int() }),
  hiringPower: talkedAndPlannedSchema,
  gaps: z.array(coverageGapSchema),
  complete: z.boolean(),
});

export type CoverageGap = z.output<typeof coverageGapSchema>;
export type CoveragePerson = z.output<typeof coveragePersonSchema>;
export type TalkedAndPlanned = z.output<typeof talkedAndPlannedSchema>;
export type Coverage = z.output<typeof coverageSchema>;
