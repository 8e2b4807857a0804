import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import type { ImportResult } from "../../app/transfer/importPeople.js";
import { IMPORT_FORMATS, type ImportFormat, MAPPABLE_FIELDS } from "../../app/transfer/kinds.js";
import { RuleViolation } from "../../domain/errors.js";
import type { CsvDelimiter } from "../../formats/csv/delimiter.js";
import { TEXT_ENCODINGS, type TextEncoding } from "../../formats/text/encodings.js";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

type Mapping = Partial<Record<(typeof MAPPABLE_FIELDS)[number], string>>;

function parseMapping(pairs: string[] | undefined): Mapping | undefined {
  if (pairs === undefined) return undefined;
  const mapping: Mapping = {};
  for (const pair of pairs) {
    const equals = pair.indexOf("=");
    const field = pair.slice(0, equals) as (typeof MAPPABLE_FIELDS)[number];
    if (equals < 1 || !MAPPABLE_FIELDS.includes(field)) {
      throw new Error(
        `--map takes field=column with a field of ${MAPPABLE_FIELDS.join(", ")}; got "${pair}"`,
      );
    }
    mapping[field] = pair.slice(equals + 1);
  }
  return mapping;
}

const DELIMITER_WORDS: Record<string, CsvDelimiter> = {
  ",": ",",
  comma: ",",
  ";": ";",
  semicolon: ";",
  "\t": "\t",
  "\\t": "\t",
  tab: "\t",
};

function parseDelimiter(value: string | undefined): CsvDelimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = DELIMITER_WORDS[value.toLowerCase()];
  if (delimiter === undefined) {
    throw new Error(`--delimiter must be comma, semicolon or tab; got "${value}"`);
  }
  return delimiter;
}

function parseEncoding(value: string | undefined): TextEncoding | undefined {
  if (value === undefined) return undefined;
  const encoding = TEXT_ENCODINGS.find((name) => name === value.toLowerCase());
  if (encoding === undefined) {
    throw new Error(`--encoding must be one of ${TEXT_ENCODINGS.join(", ")}; got "${value}"`);
  }
  return encoding;
}

/** How the file was read, so a wrong guess is seen before anything is imported. */
function readingLine(result: ImportResult): string | undefined {
  const parts: string[] = [];
  if (result.encoding !== null) {
    const how = result.encoding.source === "chosen" ? "chosen" : result.encoding.source;
    parts.push(`encoding ${result.encoding.encoding} (${how})`);
  }
  if (result.delimiter !== undefined) {
    const names: Record<CsvDelimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };
    const how = result.delimiter.chosen ? "chosen" : "detected";
    parts.push(`delimiter ${names[result.delimiter.delimiter]} (${how})`);
  }
  if (parts.length === 0) return undefined;
  return `Read with ${parts.join(", ")}; change with --encoding or --delimiter`;
}

const SKIPPED_SHOWN = 20;

function printSummary(out: (line: string) => void, result: ImportResult, dryRun: boolean): void {
  const { counts } = result;
  const verb = dryRun ? "Dry run (nothing changed) of" : "Imported";
  // Entries of organizations alone are rare; the line names them only when there are some.
  const n = counts.organizations;
  const organizations = n > 0 ? `, ${n} organization${n === 1 ? "" : "s"}` : "";
  out(
    `${verb} ${result.format}: ${counts.new} new, ${counts.updated} updated, ${counts.duplicate} duplicate, ${counts.skipped} skipped${organizations}`,
  );
  const reading = readingLine(result);
  if (reading !== undefined) out(reading);
  if (result.organizationsCreated > 0) {
    out(`${dryRun ? "Would create" : "Created"} ${result.organizationsCreated} organizations`);
  }
  for (const entry of result.skipped.slice(0, SKIPPED_SHOWN)) {
    out(`  skipped line ${entry.line}: ${entry.reason}`);
  }
  if (result.skipped.length > SKIPPED_SHOWN) {
    out(`  … and ${result.skipped.length - SKIPPED_SHOWN} more (--json lists them all)`);
  }
}

export function importCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("import")
    .argument("<file>", "LinkedIn Connections.csv, Google or Outlook CSV, .vcf, or a JSON backup")
    .description(
      "import contacts (merging duplicates) or restore a JSON backup into an empty database",
    )
    .option("--format <format>", `${IMPORT_FORMATS.join("|")} (guessed when left out)`)
    .option(
      "--map <field=column...>",
      "for a CSV of unknown columns, e.g. fullName=Name email=Mail",
    )
    .option(
      "--encoding <encoding>",
      "read the file in this encoding (e.g. windows-1253) instead of the detected one",
    )
    .option("--delimiter <delimiter>", "a CSV's field separator: comma, semicolon or tab")
    .option("--dry-run", "say what would happen and change nothing")
    .option("--json", "print the result as JSON")
    .action(
      async (
        file: string,
        options: {
          format?: string;
          map?: string[];
          encoding?: string;
          delimiter?: string;
          dryRun?: boolean;
          json?: boolean;
        },
      ) => {
        if (
          options.format !== undefined &&
          !IMPORT_FORMATS.includes(options.format as ImportFormat)
        ) {
          throw new Error(`--format must be ${IMPORT_FORMATS.join(", ")}; got "${options.format}"`);
        }
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch (error) {
          throw new Error(
            `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        const mapping = parseMapping(options.map);
        const encoding = parseEncoding(options.encoding);
        const delimiter = parseDelimiter(options.delimiter);
        const e = env();
        const { importFile } = await import("../../app/transfer/importPeople.js");
        await withApp(e, async ({ ctx }) => {
          const result = await importFile(
            ctx,
            {
              fileName: basename(file),
              bytes,
              format: options.format as ImportFormat | undefined,
              mapping,
              encoding,
              delimiter,
            },
            { apply: !options.dryRun },
          ).catch((error: unknown) => {
            if (error instanceof RuleViolation && error.issues[0]?.field === "mapping") {
              throw new Error(`${error.message}: use --map field=column, e.g. --map fullName=Name`);
            }
            throw error;
          });
          if (options.json) return e.out(JSON.stringify(result, null, 2));
          if (result.csv?.needsMapping) {
            e.out(
              `The columns of ${file} are not ones Inroads knows: ${result.csv.headers.join(", ")}`,
            );
            e.out("Map them with --map field=column, e.g. --map fullName=Name --map email=Mail");
            const reading = readingLine(result);
            if (reading !== undefined) e.out(reading);
            return;
          }
          printSummary(e.out, result, !result.applied);
        });
      },
    );
}
