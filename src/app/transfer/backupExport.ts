// Writes the JSON backup of everything the owner has. Rows are sorted by id, so two exports of
// the same data are the same document on either engine.
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema.js";
import { type Entity, rowToEntity } from "../../store/tableSpec.js";
import type { AppContext } from "../context.js";
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

// biome-ignore lint/suspicious/noExplicitAny: each resource names its table at run time
type Dynamic = Kysely<any>;

const byId = (a: Entity, b: Entity) => (String(a.id) < String(b.id) ? -1 : 1);

async function entitiesOf(
  db: Kysely<Database>,
  def: ResourceDef,
  ownerId: string,
): Promise<Entity[]> {
  const rows: Record<string, unknown>[] = await (db as unknown as Dynamic)
    .selectFrom(def.table)
    .selectAll()
    .where("owner_id", "=", ownerId)
    .execute();
  return rows.map((row) => rowToEntity(def, row)).sort(byId);
}

async function targetOrganizations(db: Kysely<Database>, ownerId: string) {
  const rows = await db
    .selectFrom("target_organizations")
    .select(["target_id", "organization_id"])
    .where("owner_id", "=", ownerId)
    .execute();
  const byTarget = new Map<string, string[]>();
  for (const row of rows) {
    byTarget.set(row.target_id, [...(byTarget.get(row.target_id) ?? []), row.organization_id]);
  }
  return byTarget;
}

async function builtInKeys(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("questions")
    .select(["id", "key"])
    .where("owner_id", "is", null)
    .execute();
  return new Map(rows.flatMap((row) => (row.key === null ? [] : [[row.id, row.key] as const])));
}

/**
 * Reads everything in one transaction so the document is a consistent snapshot (PostgreSQL
 * needs repeatable read for that; SQLite's transactions are snapshots already).
 */
export function exportBackup(ctx: AppContext): Promise<BackupDocument> {
  const snapshot = ctx.store.db.transaction().setIsolationLevel("repeatable read");
  return snapshot.execute(async (tx) => {
    const tables: Record<string, Entity[]> = {};
    for (const def of BACKUP_RESOURCES) tables[def.plural] = await entitiesOf(tx, def, ctx.ownerId);
    const organizations = await targetOrganizations(tx, ctx.ownerId);
    tables[targetResource.plural] = (tables[targetResource.plural] ?? []).map((target) => ({
      ...target,
      organizationIds: (organizations.get(String(target.id)) ?? []).sort(),
    }));
    tables[questionResource.plural] = (tables[questionResource.plural] ?? []).map((q) => ({
      ...q,
      builtIn: false,
    }));
    const keys = await builtInKeys(tx);
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
