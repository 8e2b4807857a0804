// The servers and the CLI under test run from dist/, while the dataset is written by the code
// in src/ (through tsx). If dist/ is older than src/ the two disagree (e.g. a migration the
// built server does not know), so a stale build is rebuilt before measuring.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./processes.js";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(ROOT, "src/web")) newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

export function ensureServerBuilt(log: (line: string) => void): void {
  const marker = join(ROOT, "dist/cli/main.js");
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  if (built >= newestSource(join(ROOT, "src"))) return;
  log("dist/ is older than src/: building the server (tsc -p tsconfig.build.json)");
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`the server does not build:\n${result.stdout}${result.stderr}`.trim());
  }
}
