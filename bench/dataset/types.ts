// A planned dataset: the rows of every table the generator fills, in the stored shapes.
import type { Database } from "../../src/store/schema.js";

export type DataTable = Exclude<keyof Database, "owners" | "settings" | "questions" | "people_fts">;

export type Dataset = { [K in DataTable]: Database[K][] };

/** Parents before children, so every foreign key points at a row already written. */
export const INSERT_ORDER: readonly DataTable[] = [
  "industries",
  "organizations",
  "targets",
  "target_organizations",
  "pitches",
  "people",
  "conversations",
  "attempts",
  "conversation_questions",
  "referrals",
  "insights",
  "glossary_terms",
  "follow_ups",
  "touchpoints",
  "leads",
];

export function emptyDataset(): Dataset {
  return Object.fromEntries(INSERT_ORDER.map((table) => [table, []])) as unknown as Dataset;
}
