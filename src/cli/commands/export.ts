import { chmodSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { EXPORT_KINDS, type ExportKind } from "../../app/transfer/kinds.js";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

export function exportCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("export")
    .argument("<kind>", "json (full backup), csv (people), vcard (people) or ics (calendar)")
    .description("write a JSON backup, people as CSV or vCard, or the calendar as iCalendar")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--vcard-version <version>", "3.0 for older programs, 4.0 otherwise", "4.0")
    .action(async (kind: string, options: { output?: string; vcardVersion: string }) => {
      if (!EXPORT_KINDS.includes(kind as ExportKind)) {
        throw new Error(`export takes ${EXPORT_KINDS.join(", ")}; got "${kind}"`);
      }
      const version = options.vcardVersion;
      if (version !== "3.0" && version !== "4.0") {
        throw new Error(`--vcard-version must be 3.0 or 4.0; got "${version}"`);
      }
      const e = env();
      await withApp(e, async ({ ctx }) => {
        const { exportFile } = await import("../../app/transfer/exportFile.js");
        const file = await exportFile(ctx, kind as ExportKind, { vcardVersion: version });
        if (options.output === undefined) {
          process.stdout.write(file.body);
          return;
        }
        const destination = resolve(options.output);
        // The backup is the whole database, and the others name third parties: owner-only.
        writeFileSync(destination, file.body, { mode: 0o600 });
        chmodSync(destination, 0o600);
        e.out(`Wrote ${kind} to ${destination}`);
      });
    });
}
