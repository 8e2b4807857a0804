// Insights, the glossary and leads: what the seeker learns, in the three areas.
import { roots, type Stale } from "./keys";
import { resourceClient } from "./resource";
import type {
  GlossaryTerm,
  GlossaryTermCreate,
  Insight,
  InsightCreate,
  Lead,
  LeadCreate,
} from "./types";

export const insightsApi = resourceClient<Insight, InsightCreate, Partial<InsightCreate>>(
  "insights",
);
export const glossaryApi = resourceClient<
  GlossaryTerm,
  GlossaryTermCreate,
  Partial<GlossaryTermCreate>
>("glossary-terms");
export const leadsApi = resourceClient<Lead, LeadCreate, Partial<LeadCreate>>("leads");

/** Insights count in each target's coverage, and Today shows the gaps. */
export const insightChanged: Stale = [roots.insights, roots.targets, roots.today, roots.progress];
export const glossaryChanged: Stale = [roots.glossaryTerms];
/** Progress counts the leads by where they stand. */
export const leadChanged: Stale = [roots.leads, roots.progress];
