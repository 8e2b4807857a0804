// The `inroads` command. Each subcommand opens the database, runs a use case and prints; errors
// become one line on stderr and a non-zero exit. Commands load what they run only when they
// run (dynamic imports), so `inroads today` starts without the HTTP server, the API's schemas
// or the file formats.
import { Command, Option } from "commander";
import type { OpenApp } from "../app/open.js";
import { backupCommand } from "./commands/backup.js";
import { demoCommand } from "./commands/demo.js";
import { digestCommand } from "./commands/digest.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { migrateCommand } from "./commands/migrate.js";
import { peopleCommand } from "./commands/people.js";
import { serveCommand } from "./commands/serve.js";
import { todayCommand } from "./commands/today.js";
import { usersCommand } from "./commands/users.js";
import { resolveDatabase } from "./config.js";
import { packageVersion } from "./version.js";

export interface CommandEnv {
  /** Opens the database named by --db or the environment. */
  open: () => Promise<OpenApp>;
  database: string;
  out: (line: string) => void;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("inroads")
    .description("A workbench for informational interviews")
    .version(packageVersion(), "-v, --version")
    .addOption(
      new Option("--db <target>", "SQLite file or postgres:// URL (env: INROADS_DB, DATABASE_URL)"),
    )
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const env = (): CommandEnv => {
    const database = resolveDatabase(program.opts<{ db?: string }>().db);
    return {
      database,
      open: async () => (await import("../app/open.js")).openApp(database),
      out: (line) => process.stdout.write(`${line}\n`),
    };
  };
  serveCommand(program, env);
  todayCommand(program, env);
  digestCommand(program, env);
  peopleCommand(program, env);
  backupCommand(program, env);
  migrateCommand(program, env);
  demoCommand(program, env);
  importCommand(program, env);
  exportCommand(program, env);
  usersCommand(program, env);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`inroads: ${message}\n`);
    process.exitCode = 1;
  }
}
