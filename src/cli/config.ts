// Where the data lives: --db, then INROADS_DB, then DATABASE_URL, then a file in the user's
// data folder (XDG_DATA_HOME, or ~/.local/share; the platform's folder on macOS and Windows).
import { mkdirSync } from "node:fs";
import { homedir, platform } from "node:os";
import { dirname, join } from "node:path";
import { isPostgresUrl } from "../store/location.js";

export function defaultDataFile(env: NodeJS.ProcessEnv = process.env): string {
  let base: string;
  if (env.XDG_DATA_HOME) base = env.XDG_DATA_HOME;
  else if (platform() === "darwin") base = join(homedir(), "Library", "Application Support");
  else if (platform() === "win32") base = env.APPDATA ?? join(homedir(), "AppData", "Roaming");
  else base = join(homedir(), ".local", "share");
  return join(base, "inroads", "inroads.sqlite");
}

export function resolveDatabase(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const target = flag ?? env.INROADS_DB ?? env.DATABASE_URL ?? defaultDataFile(env);
  // Only the owner may enter a data folder we create: it holds notes about other people.
  if (!isPostgresUrl(target)) mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  return target;
}
