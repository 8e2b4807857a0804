// Writes the JSON backup of everything the owner has. Rows are sorted by id, so two exports of
// the same data are the same document on either engine.
import { ownedEntities } from "../../store/repositories/backup.repository.js";
import { builtInQuestionKeys } from "../../store/repositories/questions.repository.js";
import { organizationIdsByTarget } from "../../store/repositories/targets.repository.js";
import type { Entity } from "../../store/tableSpec.js";
import { inSnapshot } from "../../store/transaction.js";
import type { AppContext, Tx } from "../context.js";
import { conversationQuestionResource } from "../entities/conversationQuestion.js";
import { questionResource } from "../entities/question.js";
import { targetResource } from "../entities/target.js";
import type { ResourceDef } from "../resource.js";
import { loadSettings } from "../settings.js";
import {
  BACKUP_FORMAT,
  BACKUP_RESOURCES,
  BACKUP_VERSION,
  type BackupDocument,
} from "./backupDocument.js";

const byId = (a: Entity, b: Entity) => (String(a.id) < String(b.id) ? -1 : 1);

async function entitiesOf(tx: Tx, def: ResourceDef, ownerId: string): Promise<Entity[]> {
  return (await ownedEntities(tx, def, ownerId)).sort(byId);
}

/** Reads everything in one snapshot, so the document is consistent even while others write. */
export function exportBackup(ctx: AppContext): Promise<BackupDocument> {
  return inSnapshot(ctx.store, async (tx) => {
    const tables: Record<string, Entity[]> = {};
    for (const def of BACKUP_RESOURCES) tables[def.plural] = await entitiesOf(tx, def, ctx.ownerId);
    const organizations = await organizationIdsByTarget(tx, ctx.ownerId);
    tables[targetResource.plural] = (tables[targetResource.plural] ?? []).map((target) => ({
      ...target,
      organizationIds: (organizations.get(String(target.id)) ?? []).sort(),
    }));
    tables[questionResource.plural] = (tables[questionResource.plural] ?? []).map((q) => ({
      ...q,
      builtIn: false,
    }));
    const keys = await builtInQuestionKeys(tx);
    tables[conversationQuestionResource.plural] = (
      tables[conversationQuestionResource.plural] ?? []
    ).map(({ questionId, ...pick }) => {
      const key = keys.get(String(questionId));
      return key === undefined ? { ...pick, questionId } : { ...pick, questionKey: key };
    });
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: ctx.clock.now(),
      settings: await loadSettings(tx, ctx.ownerId),
      tables,
    };
  });
}
