// The JSON backup as GET /api/export/json answers it, from the same schemas a restore checks.
import { z } from "zod";
import { instant } from "../entities/fields.js";
import { settingsSchema } from "../settingsSchema.js";
import { BACKUP_FORMAT, BACKUP_RESOURCES, backupEntitySchema } from "./backupDocument.js";

export const backupDocumentSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: instant,
  settings: settingsSchema,
  tables: z.object(
    Object.fromEntries(
      BACKUP_RESOURCES.map((def) => [def.plural, z.array(backupEntitySchema(def))]),
    ),
  ),
});
