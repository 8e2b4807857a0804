// The end-to-end import, as a user runs it: `inroads --db <fresh file> import <file> --format
// linkedin --json`. Until the CLI has an `import` command this reports "not available yet".
import { spawnSync } from "node:child_process";
import { CLI, cliEnv, ROOT } from "../support/processes.js";
import { runCliTimed } from "./cliToday.js";

/** Null when the CLI can import; otherwise why not. */
export function importUnavailable(): string | null {
  const help = spawnSync(process.execPath, [CLI, "--help"], {
    cwd: ROOT,
    env: cliEnv(),
    encoding: "utf8",
  });
  if (help.status !== 0) return `inroads --help failed: ${help.stderr.trim()}`;
  return /^\s+import\b/m.test(help.stdout) ? null : "`inroads import` is not in the CLI yet";
}

export async function importEndToEndMs(
  csvFile: string,
  databaseFile: string,
): Promise<{ ms: number; output: string }> {
  const args = ["--db", databaseFile, "import", csvFile, "--format", "linkedin", "--json"];
  const { ms, stdout } = await runCliTimed(args);
  const answer = JSON.parse(stdout) as { counts?: unknown }; // the --json answer must be JSON
  return { ms, output: JSON.stringify(answer.counts ?? answer).slice(0, 120) };
}
