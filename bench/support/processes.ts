// Servers under test run as child processes: the built `inroads serve` on a database, and the
// bare Hono app it is compared with. Each is started on a free port and found by the address
// it prints.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BENCH_NOW } from "../dataset/time.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = `${ROOT}bin/inroads.js`;

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the printed address. */
  startedInMs: number;
  stop(): Promise<void>;
}

export function assertBuilt(): void {
  if (!existsSync(`${ROOT}dist/cli/main.js`)) {
    throw new Error("the CLI is not built: run `npm run build:server` first");
  }
}

/** The environment every Inroads child gets: the pinned clock and no stray database. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, INROADS_DB: "", DATABASE_URL: "", INROADS_NOW: BENCH_NOW, ...extra };
}

function waitForAddress(child: ChildProcess, started: number, what: string): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.off("exit", onExit);
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(
        new Error(
          `${what} exited with ${code} after ${performance.now() - started} ms:\n${output}`,
        ),
      );
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
}

async function startChild(args: string[], env: NodeJS.ProcessEnv, what: string) {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = stopper(child);
  try {
    const url = await waitForAddress(child, started, what);
    if (child.pid === undefined) throw new Error(`${what} has no pid`);
    return { url, pid: child.pid, startedInMs: performance.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** `inroads serve` on a database; `extra` adds flags (e.g. --accounts for server mode). */
export function startInroads(database: string, extra: string[] = []): Promise<ServerProcess> {
  assertBuilt();
  return startChild(
    [CLI, "--db", database, "serve", "--port", "0", ...extra],
    cliEnv(),
    "inroads serve",
  );
}

/** A bench script run by Node through tsx: the bare Hono server, the page floor. */
export function startBenchServer(script: string, args: string[] = []): Promise<ServerProcess> {
  const file = fileURLToPath(new URL(`../${script}`, import.meta.url));
  return startChild(["--import", "tsx", file, ...args], { ...process.env }, script);
}
