// Restores a JSON backup into an empty database, keeping every id so that exporting again
// gives the same document. It refuses a database that has data: merging two histories is an
// import's job, and a restore that half-overwrote would be worse than none.
import { Conflict, RuleViolation } from "../../domain/errors.js";
import { restoreEntities, tablesWithRows } from "../../store/repositories/backup.repository.js";
import { linkReferrers, restorePeople } from "../../store/repositories/peopleWrite.repository.js";
import { builtInQuestionIds } from "../../store/repositories/questions.repository.js";
import { saveSettings } from "../../store/repositories/settings.repository.js";
import { restoreTargetOrganizations } from "../../store/repositories/targets.repository.js";
import type { Entity } from "../../store/tableSpec.js";
import { type AppContext, inTransaction, type Tx } from "../context.js";
import { conversationQuestionResource } from "../entities/conversationQuestion.js";
import { organizationResource } from "../entities/organization.js";
import { personResource } from "../entities/person.js";
import { targetResource } from "../entities/target.js";
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
  const tables = await tablesWithRows(
    tx,
    ctx.ownerId,
    BACKUP_RESOURCES.map((def) => def.table),
  );
  const present = BACKUP_RESOURCES.filter((def) => tables.includes(def.table)).map(
    (def) => def.plural,
  );
  if (present.length > 0) {
    throw new Conflict(
      `a backup is restored only into an empty database; this one already has ${present.join(", ")} (nothing was changed). Restore it into a new database instead, e.g. inroads import <backup> --db new.sqlite, then inroads serve --db new.sqlite`,
      [{ field: "database", message: `not empty: has ${present.join(", ")}` }],
    );
  }
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
    let referrers: { id: string; referredById: string }[] = [];
    for (const { def, entities } of backup.tables) {
      if (def === personResource) {
        referrers = await restorePeople(tx, def, ctx.ownerId, entities, organizationNames);
        continue;
      }
      if (def === organizationResource) {
        for (const entity of entities)
          organizationNames.set(String(entity.id), String(entity.name));
      }
      const rows =
        def === conversationQuestionResource
          ? entities.map((entity, index) => withQuestionId(entity, index, questionIds))
          : entities;
      await restoreEntities(tx, def, ctx.ownerId, rows);
      if (def === targetResource) {
        await restoreTargetOrganizations(
          tx,
          ctx.ownerId,
          entities.flatMap((target) =>
            (target.organizationIds as string[]).map((organizationId) => ({
              targetId: target.id,
              organizationId,
            })),
          ),
        );
      }
    }
    // Referrers may come later in id order; they are linked once everyone is in.
    await linkReferrers(tx, ctx.ownerId, referrers);
    await saveSettings(tx, ctx.ownerId, backup.settings, ctx.clock.now());
    return summary(backup);
  });
}

/** A pick of a built-in question names it by key; here it gets this database's id for it. */
function withQuestionId(entity: Entity, index: number, questionIds: Map<string, string>): Entity {
  if (entity.questionKey === undefined) return entity;
  const id = questionIds.get(String(entity.questionKey));
  if (id === undefined) {
    throw new RuleViolation("the backup picks a built-in question this Inroads does not have", [
      {
        field: `tables.${conversationQuestionResource.plural}.${index}.questionKey`,
        message: `unknown question "${String(entity.questionKey)}"`,
      },
    ]);
  }
  return { ...entity, questionId: id };
}
