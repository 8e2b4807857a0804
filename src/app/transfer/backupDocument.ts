// The JSON backup: one versioned document holding the owner's settings and every row they own,
// shaped like the API's entities (camelCase, real booleans and lists) so it reads well and is
// validated by the same schemas. Built-in questions belong to the program, not the owner: picks
// of them name the question by its stable key, because their ids differ between databases.
import { z } from "zod";
import type { PracticeSettings } from "../../domain/settings.js";
import type { Entity } from "../../store/tableSpec.js";
import { conversationQuestionResource } from "../entities/conversationQuestion.js";
import { id, shortText } from "../entities/fields.js";
import { glossaryTermResource } from "../entities/glossaryTerm.js";
import { insightResource } from "../entities/insight.js";
import { personResource } from "../entities/person.js";
import { questionResource } from "../entities/question.js";
import { ENTITIES } from "../entities/registry.js";
import { targetResource } from "../entities/target.js";
import type { ResourceDef } from "../resource.js";

export const BACKUP_FORMAT = "inroads-backup";
export const BACKUP_VERSION = 1;

/** In an order where every row's references come before it (people's referrers aside). */
export const BACKUP_RESOURCES: readonly ResourceDef[] = ENTITIES.filter(
  (entry) => entry.backup === true,
).map((entry) => entry.def);

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: PracticeSettings;
  /** Resource plural ("people", "follow-ups") → entities, sorted by id. */
  tables: Record<string, Entity[]>;
}

/** How one entity of a resource is validated when a backup is read. */
export function backupEntitySchema(def: ResourceDef): z.ZodType<Entity> {
  if (def === questionResource) {
    return def.entity.extend({
      builtIn: z.literal(false, "built-in questions are not part of a backup"),
    });
  }
  if (def === conversationQuestionResource) {
    return def.entity
      .extend({ questionId: id.optional(), questionKey: z.string().min(1).max(200).optional() })
      .refine((pick) => (pick.questionId === undefined) !== (pick.questionKey === undefined), {
        message: "needs either questionId (your own question) or questionKey (a built-in one)",
        path: ["questionId"],
      });
  }
  // Backups written before targets had their "why" answers and insights their kind still restore.
  if (def === targetResource) {
    return def.entity.extend({
      whyField: def.entity.shape.whyField.default(""),
      whyCompany: def.entity.shape.whyCompany.default(""),
    });
  }
  // Backups written before a glossary term could name the conversation it was captured in.
  if (def === glossaryTermResource) {
    return def.entity.extend({ conversationId: def.entity.shape.conversationId.default(null) });
  }
  if (def === insightResource) {
    return def.entity.extend({ kind: def.entity.shape.kind.default("learned") });
  }
  if (def === personResource) {
    // Backups written before people had name parts are still whole backups.
    const part = shortText.nullable().default(null);
    return def.entity.extend({
      namePrefix: part,
      givenName: part,
      middleName: part,
      familyName: part,
      nameSuffix: part,
    });
  }
  return def.entity;
}
