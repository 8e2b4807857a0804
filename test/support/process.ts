// Runs the built CLI as a separate process, as a user would: `npm test` builds it first.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = `${ROOT}bin/inroads.js`;

function assertBuilt(): void {
  if (!existsSync(`${ROOT}dist/cli/main.js`))
    throw new Error("run `npm run build` before these tests");
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  assertBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, INROADS_DB: "", DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts `inroads serve` on a free port and waits for the line that gives its address. */
export function startServerProcess(
  database: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<ServerProcess> {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, "--db", database, "serve", "--port", "0", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/**
 * The CLI without blocking this process: for when the test itself serves something the CLI
 * talks to (an SMTP server), or runs beside it.
 */
export function runCliAsync(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<CliResult> {
  assertBuilt();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, INROADS_DB: "", DATABASE_URL: "", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdin?.end(input ?? "");
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}
