// Restores a JSON backup into an empty database, keeping every id so that exporting again
// gives the same document. It refuses a database that has data: merging two histories is an
// import's job, and a restore that half-overwrote would be worse than none.
import { Conflict, RuleViolation } from "../../domain/errors.js";
import { insertInChunks, writeSearchEntries } from "../../store/bulk.js";
import { personSearchText } from "../../store/peopleSearch.js";
import type { Entity } from "../../store/tableSpec.js";
import { entityToRow } from "../../store/tableSpec.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import { conversationQuestionResource } from "../entities/conversationQuestion.js";
import { organizationResource } from "../entities/organization.js";
import { personResource } from "../entities/person.js";
import { targetResource } from "../entities/target.js";
import type { ResourceDef } from "../resource.js";
import { toRow as settingsRow } from "../settings.js";
import { BACKUP_RESOURCES } from "./backupDocument.js";
import { readBackup, type ValidBackup } from "./backupRead.js";

export interface RestoreSummary {
  /** Resource plural → rows restored (or, in a preview, that would be). */
  tables: Record<string, number>;
}

function summary(backup: ValidBackup): RestoreSummary {
  return {
    tables: Object.fromEntries(
      backup.tables.map(({ def, entities }) => [def.plural, entities.length]),
    ),
  };
}

async function assertEmpty(ctx: AppContext, tx: Tx): Promise<void> {
  const present: string[] = [];
  for (const def of BACKUP_RESOURCES) {
    const row = await tx
      .selectFrom(def.table)
      .select("id")
      .where("owner_id", "=", ctx.ownerId)
      .limit(1)
      .executeTakeFirst();
    if (row) present.push(def.plural);
  }
  if (present.length > 0) {
    throw new Conflict(
      `a backup is restored only into an empty database; this one already has ${present.join(", ")} (nothing was changed). Restore it into a new database instead, e.g. inroads import <backup> --db new.sqlite, then inroads serve --db new.sqlite`,
      [{ field: "database", message: `not empty: has ${present.join(", ")}` }],
    );
  }
}

async function builtInQuestionIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom("questions")
    .select(["id", "key"])
    .where("owner_id", "is", null)
    .execute();
  return new Map(rows.flatMap((row) => (row.key === null ? [] : [[row.key, row.id] as const])));
}

function baseRow(ctx: AppContext, def: ResourceDef, entity: Entity): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: entity.id,
    owner_id: ctx.ownerId,
    ...entityToRow(def, entity),
  };
  if (def.stamps.created) row.created_at = entity.createdAt;
  if (def.stamps.updated) row.updated_at = entity.updatedAt;
  return row;
}

export async function previewBackup(ctx: AppContext, text: string): Promise<RestoreSummary> {
  const backup = readBackup(text);
  await inTransaction(ctx, (tx) => assertEmpty(ctx, tx));
  return summary(backup);
}

export async function restoreBackup(ctx: AppContext, text: string): Promise<RestoreSummary> {
  const backup = readBackup(text);
  return inTransaction(ctx, async (tx) => {
    await assertEmpty(ctx, tx);
    const questionIds = await builtInQuestionIds(tx);
    const organizationNames = new Map<string, string>();
    const referrers: { id: string; referredById: string }[] = [];
    const search: { personId: string; text: string }[] = [];
    for (const { def, entities } of backup.tables) {
      const rows = entities.map((entity, index) => {
        const row = baseRow(ctx, def, entity);
        if (def === organizationResource)
          organizationNames.set(String(entity.id), String(entity.name));
        if (def === personResource) {
          // Referrers may come later in id order; they are linked once everyone is in.
          if (entity.referredById)
            referrers.push({ id: String(entity.id), referredById: String(entity.referredById) });
          row.referred_by_id = null;
          row.search_text = searchTextOf(entity, organizationNames);
          search.push({ personId: String(entity.id), text: String(row.search_text) });
        }
        if (def === conversationQuestionResource && entity.questionKey !== undefined) {
          const id = questionIds.get(String(entity.questionKey));
          if (id === undefined) {
            throw new RuleViolation(
              "the backup picks a built-in question this Inroads does not have",
              [
                {
                  field: `tables.${def.plural}.${index}.questionKey`,
                  message: `unknown question "${String(entity.questionKey)}"`,
                },
              ],
            );
          }
          row.question_id = id;
        }
        return row;
      });
      await insertInChunks(tx, def.table, rows, ctx.store.sqlite);
      if (def === targetResource) {
        await insertInChunks(
          tx,
          "target_organizations",
          entities.flatMap((target) =>
            (target.organizationIds as string[]).map((organizationId) => ({
              owner_id: ctx.ownerId,
              target_id: target.id,
              organization_id: organizationId,
            })),
          ),
          ctx.store.sqlite,
        );
      }
    }
    for (const { id, referredById } of referrers) {
      await tx
        .updateTable("people")
        .set({ referred_by_id: referredById })
        .where("owner_id", "=", ctx.ownerId)
        .where("id", "=", id)
        .execute();
    }
    await writeSearchEntries(
      tx,
      ctx.store.engine,
      ctx.ownerId,
      search,
      { replace: false },
      ctx.store.sqlite,
    );
    const settings = settingsRow(ctx.ownerId, backup.settings, ctx.clock.now());
    await tx
      .insertInto("settings")
      .values(settings)
      .onConflict((oc) => oc.column("owner_id").doUpdateSet(settings))
      .execute();
    return summary(backup);
  });
}

function searchTextOf(person: Entity, organizationNames: Map<string, string>): string {
  return personSearchText({
    fullName: String(person.fullName),
    title: (person.title as string | null) ?? null,
    organizationName: organizationNames.get(String(person.organizationId)) ?? null,
    emails: (person.emails as string[]) ?? [],
    tags: (person.tags as string[]) ?? [],
    notes: String(person.notes ?? ""),
  });
}
