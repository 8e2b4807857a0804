// A real Inroads server on a fresh SQLite file and a free port, as a user would start it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = join(root, "bin", "inroads.js");

export interface RunningInroads {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

export function freshDatabase(): { dbPath: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "inroads-e2e-"));
  return {
    dbPath: join(dir, "inroads.sqlite"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function loadSampleData(dbPath: string, now?: string): void {
  const result = spawnSync(process.execPath, [bin, "--db", dbPath, "demo"], {
    env: { ...process.env, ...(now ? { INROADS_NOW: now } : {}) },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`inroads demo failed: ${result.stderr}`);
}

export function startInroads(
  dbPath: string,
  options: {
    now?: string;
    /** More `serve` arguments, e.g. ["--accounts"]. */
    serveArgs?: string[];
  } = {},
): Promise<RunningInroads> {
  const env = { ...process.env };
  if (options.now) env.INROADS_NOW = options.now;
  else delete env.INROADS_NOW;
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, "--db", dbPath, "serve", "--port", "0", ...(options.serveArgs ?? [])],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Inroads is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          dbPath,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** Runs the CLI on the test's database, as an admin would; answers what it printed. */
export function runInroads(dbPath: string, args: string[], input?: string): string {
  const result = spawnSync(process.execPath, [bin, "--db", dbPath, ...args], {
    env: { ...process.env, SMTP_URL: "" },
    input,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`inroads ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

/** Reads the API the way a script would (GET only: changes go through the browser). */
export async function apiGet<T>(base: string, path: string): Promise<T> {
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A change straight through the API, for setting up a test (no Origin header, like a script). */
export async function apiSend<T>(
  base: string,
  method: string,
  path: string,
  body: unknown,
): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
