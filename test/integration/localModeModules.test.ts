// Local mode never uses accounts, mail or PostgreSQL, so `inroads serve` must not load their
// packages: better-auth alone was about 25 MB of a local server's memory and a third of its
// start-up, pulled in by one constant. The built server runs with a module hook that writes
// every module it loads to a file; server mode (--accounts) is the control that the hook sees
// these packages when they are loaded.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/process.js";

const SERVER_MODE_PACKAGES = ["better-auth", "pg", "pg-boss", "nodemailer"];

// Runs in the loader's own thread; the file it appends to comes from the environment.
const RECORDER = `data:text/javascript,${encodeURIComponent(`
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(\`
import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.INROADS_LOADED_LOG, url + "\\\\n");
  return next(url, context);
}\`));
`)}`;

const dir = mkdtempSync(join(tmpdir(), "inroads-modules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `inroads serve`, waits for its address, stops it; the packages it had loaded. */
function packagesLoadedBy(name: string, args: string[]): Promise<Set<string>> {
  const log = join(dir, `${name}.log`);
  const serve = ["serve", "--port", "0", ...args];
  const child = spawn(
    process.execPath,
    ["--import", RECORDER, "bin/inroads.js", "--db", join(dir, `${name}.db`), ...serve],
    {
      cwd: ROOT,
      env: { ...process.env, INROADS_DB: "", DATABASE_URL: "", INROADS_LOADED_LOG: log },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!/running at http/.test(output)) return;
      child.off("exit", onExit);
      child.once("exit", () => resolve(packagesIn(readFileSync(log, "utf8"))));
      child.kill("SIGTERM");
    };
    const onExit = (code: number | null) =>
      reject(new Error(`serve exited with ${code}:\n${output}`));
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", onExit);
  });
}

function packagesIn(log: string): Set<string> {
  const names = log
    .split("\n")
    .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
    .filter((name): name is string => name !== undefined);
  return new Set(names);
}

describe("the packages `inroads serve` loads", () => {
  it("in local mode: none of server mode's", async () => {
    const loaded = await packagesLoadedBy("local", []);
    expect(loaded.has("better-sqlite3")).toBe(true);
    expect(SERVER_MODE_PACKAGES.filter((name) => loaded.has(name))).toEqual([]);
  });

  it("in server mode: accounts and mail (the hook sees them)", async () => {
    const loaded = await packagesLoadedBy("server", ["--accounts"]);
    expect(loaded.has("better-auth")).toBe(true);
    expect(loaded.has("nodemailer")).toBe(true);
  });
});
