// How complete the research plan for one target is: insight in all three areas, a first mix
// of a practitioner, a supervisor and a hiring manager, at least two organizations, and
// someone who can actually hire.
import { isPlanned, isTalked } from "./pipeline.js";
import {
  type ConversationStatus,
  INSIGHT_AREAS,
  type InsightArea,
  type Role,
} from "./vocabulary.js";

export interface CoveragePerson {
  id: string;
  fullName: string;
  roles: Role[];
  organizationId: string | null;
  hiringPower: boolean;
  stage: ConversationStatus | null;
}

export interface CoverageInput<P extends CoveragePerson = CoveragePerson> {
  insights: { area: InsightArea }[];
  people: P[];
}

export const COVERAGE_ROLES = ["practitioner", "supervisor", "hiring_manager"] as const;
export type CoverageRole = (typeof COVERAGE_ROLES)[number];

export interface TalkedAndPlanned<P> {
  talked: P[];
  planned: P[];
}

export interface CoverageGap {
  code: string;
  message: string;
}

export interface TargetCoverage<P extends CoveragePerson = CoveragePerson> {
  areas: Record<InsightArea, number>;
  roles: Record<CoverageRole, TalkedAndPlanned<P>>;
  /** Distinct organizations among the people talked to, and among those still planned. */
  organizations: { talked: number; planned: number };
  hiringPower: TalkedAndPlanned<P>;
  gaps: CoverageGap[];
  complete: boolean;
}

const AREA_GAPS: Readonly<Record<InsightArea, string>> = {
  industry: "Note what you learn about the industry first: it gives you credibility later.",
  company: "Note what you learn about the companies you are aiming at.",
  job: "Note what you learn about the job itself: the work, the skills, the words people use.",
};

const ROLE_NAMES: Readonly<Record<CoverageRole, string>> = {
  practitioner: "someone who does the job",
  supervisor: "someone who manages the job",
  hiring_manager: "a hiring manager",
};

// Someone who hires for the job can say yes even when the flag was never set.
const canHire = (person: CoveragePerson) =>
  person.hiringPower || person.roles.includes("hiring_manager");

function split<P extends CoveragePerson>(people: P[]): TalkedAndPlanned<P> {
  return {
    talked: people.filter((p) => isTalked(p.stage)),
    planned: people.filter((p) => isPlanned(p.stage)),
  };
}

function distinctOrganizations(people: CoveragePerson[]): number {
  return new Set(people.map((p) => p.organizationId).filter((id) => id !== null)).size;
}

function missingPeopleMessage(who: string, planned: CoveragePerson[]): string {
  const next = planned[0];
  if (next === undefined) return `Find ${who} and ask for a conversation.`;
  return `Talk to ${who}: your conversation with ${next.fullName} is on the way.`;
}

export function targetCoverage<P extends CoveragePerson>(
  input: CoverageInput<P>,
): TargetCoverage<P> {
  const areas = Object.fromEntries(INSIGHT_AREAS.map((area) => [area, 0])) as Record<
    InsightArea,
    number
  >;
  for (const insight of input.insights) areas[insight.area] += 1;

  // A supervisor who also does the work appears in both lists, filling both slots.
  const roles = Object.fromEntries(
    COVERAGE_ROLES.map((role) => [role, split(input.people.filter((p) => p.roles.includes(role)))]),
  ) as Record<CoverageRole, TalkedAndPlanned<P>>;
  const everyone = split(input.people);
  const organizations = {
    talked: distinctOrganizations(everyone.talked),
    planned: distinctOrganizations(everyone.planned),
  };
  const hiringPower = split(input.people.filter(canHire));

  const gaps: CoverageGap[] = [];
  for (const area of INSIGHT_AREAS) {
    if (areas[area] === 0) gaps.push({ code: `${area}_insight`, message: AREA_GAPS[area] });
  }
  for (const role of COVERAGE_ROLES) {
    if (roles[role].talked.length === 0) {
      gaps.push({
        code: role,
        message: missingPeopleMessage(ROLE_NAMES[role], roles[role].planned),
      });
    }
  }
  if (organizations.talked < 2) {
    gaps.push({
      code: "two_organizations",
      message:
        organizations.talked === 0
          ? "Talk to people from at least two organizations for a wider view."
          : "Talk to someone from a second organization for a wider view.",
    });
  }
  if (hiringPower.talked.length === 0) {
    gaps.push({
      code: "hiring_power",
      message: missingPeopleMessage(
        "someone who can hire you, not only say no",
        hiringPower.planned,
      ),
    });
  }
  return { areas, roles, organizations, hiringPower, gaps, complete: gaps.length === 0 };
}
