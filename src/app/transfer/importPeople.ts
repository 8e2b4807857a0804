// The import use case behind `inroads import` and POST /api/import(/preview): read the file,
// plan what each row does against the people the owner has, and (unless it is a preview or a
// dry run) apply the plan — all in one transaction, so either every row lands or none does.
import type { CsvDelimiter, CsvPreview, EncodingGuess, SkippedEntry } from "../../formats/index.js";
import { organizationsForImport } from "../../store/repositories/organizations.repository.js";
import { refreshPeopleStatistics } from "../../store/repositories/statistics.repository.js";
import { type AppContext, inTransaction } from "../context.js";
import { applyImport, missingOrganizations } from "./applyImport.js";
import { previewBackup, restoreBackup } from "./backupRestore.js";
import { type IncomingOrganization, toIncomingOrganization } from "./incomingOrganization.js";
import { type IncomingPerson, toIncomingPerson } from "./incomingPerson.js";
import { loadKnownPeople } from "./knownPeople.js";
import { type ImportCounts, planImport, type RowOutcome } from "./planImport.js";
import { planOrganizations } from "./planOrganizations.js";
import {
  type ImportFormat,
  type ImportRequest,
  MAPPABLE_FIELDS,
  mappingNeeded,
  readImportFile,
} from "./readImportFile.js";

export interface ImportResult {
  format: ImportFormat;
  /** True when the database was changed; false for a preview or a dry run. */
  applied: boolean;
  counts: ImportCounts;
  skipped: SkippedEntry[];
  /** Organizations created (or, before applying, that would be) for names not known yet. */
  organizationsCreated: number;
  /** The first rows and what happens to each. */
  sample: RowOutcome[];
  /** For a CSV: its columns and first rows, so the user can map the columns. */
  csv?: CsvPreview & { needsMapping: boolean; fields: readonly string[] };
  /** For a backup: the rows of each kind it holds. */
  tables?: Record<string, number>;
  /** How the bytes were decoded; null when the file came as text. */
  encoding: EncodingGuess | null;
  /** For a CSV: the field separator, and whether the user chose it. */
  delimiter?: { delimiter: CsvDelimiter; chosen: boolean };
}

const EMPTY_COUNTS: ImportCounts = {
  new: 0,
  updated: 0,
  duplicate: 0,
  skipped: 0,
  organizations: 0,
};

function csvPart(csv: CsvPreview | undefined, needsMapping: boolean): Pick<ImportResult, "csv"> {
  return csv === undefined ? {} : { csv: { ...csv, needsMapping, fields: MAPPABLE_FIELDS } };
}

/** Plans the import and applies it when `apply` is set; a preview and a dry run only plan. */
export async function importFile(
  ctx: AppContext,
  request: ImportRequest,
  options: { apply: boolean },
): Promise<ImportResult> {
  const read = readImportFile(request);
  const settings = {
    encoding: read.encoding,
    ...(read.delimiter === undefined ? {} : { delimiter: read.delimiter }),
  };
  if (read.format === "backup") {
    const summary = options.apply
      ? await restoreBackup(ctx, read.text)
      : await previewBackup(ctx, read.text);
    const people = summary.tables.people ?? 0;
    return {
      format: "backup",
      applied: options.apply,
      counts: { ...EMPTY_COUNTS, new: people },
      skipped: [],
      organizationsCreated: 0,
      sample: [],
      tables: summary.tables,
      ...settings,
    };
  }
  if (read.contacts === null) {
    if (options.apply) throw mappingNeeded(read.csv.headers);
    return {
      format: "csv",
      applied: false,
      counts: EMPTY_COUNTS,
      skipped: [],
      organizationsCreated: 0,
      sample: [],
      ...csvPart(read.csv, true),
      ...settings,
    };
  }
  const incoming: IncomingPerson[] = [];
  const organizations: IncomingOrganization[] = [];
  const skipped: SkippedEntry[] = [...read.contacts.skipped];
  for (const record of read.contacts.records) {
    const entry =
      record.kind === "organization" ? toIncomingOrganization(record) : toIncomingPerson(record);
    if ("reason" in entry) skipped.push(entry);
    else if ("name" in entry) organizations.push(entry);
    else incoming.push(entry);
  }
  const result = await inTransaction(ctx, async (tx) => {
    const plan = planImport(await loadKnownPeople(tx, ctx.ownerId), incoming, skipped);
    const orgPlan = planOrganizations(await organizationsForImport(tx, ctx.ownerId), organizations);
    plan.counts.organizations = orgPlan.rows;
    const organizationsCreated = options.apply
      ? (await applyImport(ctx, tx, plan, orgPlan)).organizationsCreated
      : (await missingOrganizations(ctx, tx, plan, orgPlan)).missing.size + orgPlan.creates.length;
    return {
      format: read.format,
      applied: options.apply,
      counts: plan.counts,
      skipped: plan.skipped,
      organizationsCreated,
      sample: plan.sample,
      ...csvPart(read.csv, false),
      ...settings,
    };
  });
  await refreshStatistics(ctx, result);
  return result;
}

/** Past this many new people, the database's statistics no longer describe the tables. */
const ANALYZE_AFTER = 1_000;

async function refreshStatistics(ctx: AppContext, result: ImportResult): Promise<void> {
  if (!result.applied || result.counts.new < ANALYZE_AFTER) return;
  await refreshPeopleStatistics(ctx.store.handle);
}
