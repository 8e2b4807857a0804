// Substring search for the smaller entities (organizations, insights, glossary terms…): every
// word of the query must appear in one of the fields, ignoring case. People, the one list that
// grows to tens of thousands, have full-text search instead.
import { type RawBuilder, sql } from "kysely";
import type { Tx } from "./handle.js";
import { type ListFilter, listPage, type PageRequest } from "./ownedRepository.js";
import { type Entity, snakeCase, type TableSpec } from "./tableSpec.js";

function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function textMatch(fields: string[], query: string): RawBuilder<boolean> | null {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0 || fields.length === 0) return null;
  const perWord = words.map((word) => {
    const pattern = `%${likeEscape(word)}%`;
    const anyField = fields.map(
      (f) => sql<boolean>`lower(${sql.ref(snakeCase(f))}) like ${pattern} escape '\\'`,
    );
    return sql<boolean>`(${sql.join(anyField, sql` or `)})`;
  });
  return sql<boolean>`(${sql.join(perWord, sql` and `)})`;
}

/** A page of an owned list, narrowed to the rows where every word of `query` appears. */
export function listPageMatching(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  page: PageRequest,
  filter: ListFilter,
  search: { fields: string[]; query: string | undefined },
): Promise<{ items: Entity[]; total: number }> {
  const match = search.query ? textMatch(search.fields, search.query) : null;
  const conditions = match ? [...(filter.conditions ?? []), match] : filter.conditions;
  return listPage(tx, spec, ownerId, page, { ...filter, conditions });
}
