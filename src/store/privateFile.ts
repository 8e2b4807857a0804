// A personal CRM holds notes about third parties: its database, and every copy of it, is for the
// owner's eyes only (0600), in a folder only the owner may enter (0700) when we create it.
// SQLite gives its -wal and -shm files the database file's mode, so they follow.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** Makes the folder (owner-only) and an empty owner-only file, unless the file is there. */
export function createPrivateFile(file: string): void {
  if (file === ":memory:" || existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  closeSync(openSync(file, "a", PRIVATE_FILE_MODE));
}

/** After another program wrote the file (a backup, an export): owner-only. */
export function makePrivate(file: string): void {
  if (process.platform !== "win32") chmodSync(file, PRIVATE_FILE_MODE);
}
