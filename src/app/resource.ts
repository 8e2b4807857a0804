// A resource is an entity the API lists, reads, creates, updates and deletes. Its definition
// joins the storage spec with the zod schemas that validate and document it.
// Entity files check theirs with `satisfies ResourceDef` rather than annotating it, so each
// schema keeps its exact type: the web app infers its types from them.
import type { z } from "zod";
import type { TableSpec } from "../store/tableSpec.js";

export interface ResourceDef extends TableSpec {
  /** Singular noun for messages and OpenAPI ("person"). */
  name: string;
  /** Route segment ("people"). */
  plural: string;
  entity: z.ZodObject;
  /** A list's item, when a list says more than the entity (people: their organization's name). */
  listItem?: z.ZodObject;
  create: z.ZodObject;
  update: z.ZodObject;
  /** Values a create takes when the caller leaves them out. */
  defaults: Record<string, unknown>;
  /** Defaults that depend on the clock, e.g. a touchpoint happened today. */
  clockDefaults?: (now: string, today: string) => Record<string, unknown>;
  /** Query-string filters: exact matches on these fields. */
  equalsFilters: string[];
  /** Query-string filters: list fields that must contain the value. */
  containsFilters: string[];
  /**
   * Text fields that `q` searches, as a case-insensitive substring. People have full-text
   * search instead (see store/peopleSearch.ts), so theirs is empty.
   */
  searchFields: string[];
}
