// Reads and checks a JSON backup before anything is written: the header and version, every
// entity against the API's own schema, duplicate ids, and that every reference points at a
// row of the same backup. A bad backup is refused as a whole, naming up to 20 problems.
import { z } from "zod";
import { type FieldIssue, RuleViolation } from "../../domain/errors.js";
import type { PracticeSettings } from "../../domain/settings.js";
import { isValidTimeZone } from "../../domain/time.js";
import type { Entity, TableName } from "../../store/tableSpec.js";
import { conversationQuestionResource } from "../entities/conversationQuestion.js";
import { questionResource } from "../entities/question.js";
import { targetResource } from "../entities/target.js";
import type { ResourceDef } from "../resource.js";
import { settingsSchema } from "../settingsSchema.js";
import {
  BACKUP_FORMAT,
  BACKUP_RESOURCES,
  BACKUP_VERSION,
  backupEntitySchema,
} from "./backupDocument.js";
import { jsonErrorLine, lineIssue } from "./inputError.js";

export interface ValidBackup {
  settings: PracticeSettings;
  /** Every resource of the backup, in insertion order, with its validated entities. */
  tables: { def: ResourceDef; entities: Entity[] }[];
}

const MAX_ISSUES = 20;

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  settings: settingsSchema,
  tables: z.record(z.string(), z.array(z.unknown())),
});

function refuse(message: string, issues: FieldIssue[]): never {
  throw new RuleViolation(message, issues.slice(0, MAX_ISSUES));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const line = jsonErrorLine(text, error);
    const message = `the backup is not valid JSON (${error.message})`;
    refuse(line === null ? message : `line ${line}: ${message}`, [lineIssue(line, message)]);
  }
}

function checkHeader(document: unknown): z.infer<typeof header> {
  const fields = (typeof document === "object" && document !== null ? document : {}) as Record<
    string,
    unknown
  >;
  if (fields.format !== BACKUP_FORMAT) {
    refuse(`this is not an Inroads backup (its "format" is not "${BACKUP_FORMAT}")`, [
      { field: "format", message: `must be "${BACKUP_FORMAT}"` },
    ]);
  }
  if (typeof fields.version === "number" && fields.version > BACKUP_VERSION) {
    refuse(
      `this backup is version ${fields.version}, from a newer Inroads; this one reads version ${BACKUP_VERSION}`,
      [{ field: "version", message: `must be ${BACKUP_VERSION}` }],
    );
  }
  const parsed = header.safeParse(document);
  if (!parsed.success) {
    refuse(
      "the backup's header is not valid",
      parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
    );
  }
  if (!isValidTimeZone(parsed.data.settings.timeZone)) {
    refuse("the backup's time zone is not known", [
      {
        field: "settings.timeZone",
        message: `unknown time zone "${parsed.data.settings.timeZone}"`,
      },
    ]);
  }
  return parsed.data;
}

function checkReferences(tables: ValidBackup["tables"], issues: FieldIssue[]): void {
  const ids = new Map<TableName, Set<string>>();
  for (const { def, entities } of tables) {
    ids.set(def.table, new Set(entities.map((entity) => String(entity.id))));
  }
  const check = (where: string, table: TableName, value: unknown) => {
    if (value === null || value === undefined || ids.get(table)?.has(String(value))) return;
    issues.push({
      field: where,
      message: `no ${table.replace(/_/g, " ")} with id ${String(value)} in the backup`,
    });
  };
  for (const { def, entities } of tables) {
    entities.forEach((entity, index) => {
      const at = (field: string) => `tables.${def.plural}.${index}.${field}`;
      for (const [field, table] of Object.entries(def.refs)) check(at(field), table, entity[field]);
      if (def === conversationQuestionResource)
        check(at("questionId"), "questions", entity.questionId);
      if (def === targetResource) {
        for (const [i, id] of (entity.organizationIds as string[]).entries()) {
          check(at(`organizationIds.${i}`), "organizations", id);
        }
      }
    });
  }
}

export function readBackup(text: string): ValidBackup {
  const document = checkHeader(parseJson(text));
  const known = new Set(BACKUP_RESOURCES.map((def) => def.plural));
  const issues: FieldIssue[] = Object.keys(document.tables)
    .filter((name) => !known.has(name))
    .map((name) => ({ field: `tables.${name}`, message: "not a kind of record Inroads knows" }));
  const tables: ValidBackup["tables"] = [];
  for (const def of BACKUP_RESOURCES) {
    const schema = backupEntitySchema(def);
    const seen = new Set<string>();
    const entities: Entity[] = [];
    (document.tables[def.plural] ?? []).forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          issues.push({
            field: [`tables.${def.plural}.${index}`, ...issue.path].join("."),
            message: issue.message,
          });
        }
        return;
      }
      const id = String(parsed.data.id);
      if (seen.has(id)) {
        issues.push({
          field: `tables.${def.plural}.${index}.id`,
          message: `id ${id} appears twice`,
        });
      }
      seen.add(id);
      entities.push(def === questionResource ? withoutBuiltInFlag(parsed.data) : parsed.data);
    });
    tables.push({ def, entities });
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length === 0) checkReferences(tables, issues);
  if (issues.length > 0)
    refuse(
      `the backup has ${issues.length > MAX_ISSUES ? "many" : issues.length} invalid value(s)`,
      issues,
    );
  return { settings: document.settings, tables };
}

function withoutBuiltInFlag(question: Entity): Entity {
  const { builtIn: _builtIn, ...rest } = question;
  return rest;
}
