// The admin's side of server mode on the command line: the first admin, invitations, the list,
// disabling, resets, opening sign-up; and `serve` refusing to publish local mode.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, runCliAsync } from "../support/process.js";

const dir = mkdtempSync(join(tmpdir(), "inroads-users-"));
const db = join(dir, "server.sqlite");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("inroads users", () => {
  it("adds the first admin with a password, and refuses a weak one naming it", async () => {
    const weak = await runCliAsync(
      ["--db", db, "users", "add", "a@example.org", "--admin", "--password-stdin"],
      {},
      "password1234\n",
    );
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/password/);
    const added = await runCliAsync(
      [
        "--db",
        db,
        "users",
        "add",
        "admin@example.org",
        "--name",
        "Admin",
        "--admin",
        "--password-stdin",
      ],
      {},
      "a long enough pass phrase\n",
    );
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain("Added admin@example.org (admin)");
  });

  it("invites by printing the link when no mail server is set, and lists who is invited", () => {
    const invited = runCli(["--db", db, "users", "add", "ines@example.org", "--name", "Inès"], {
      INROADS_PUBLIC_URL: "https://inroads.example.edu",
    });
    expect(invited.status, invited.stderr).toBe(0);
    expect(invited.stdout).toMatch(
      /https:\/\/inroads\.example\.edu\/accept-invitation\?token=[\w-]+/,
    );
    const again = runCli(["--db", db, "users", "add", "ines@example.org"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already/);
    const list = runCli(["--db", db, "users", "list"]);
    expect(list.stdout).toMatch(/admin@example\.org\tAdmin\tadmin\tactive/);
    expect(list.stdout).toMatch(/ines@example\.org\tInès\tuser\tinvited/);
  });

  it("disables an account, prints a reset link, and opens sign-up", () => {
    expect(runCli(["--db", db, "users", "disable", "ines@example.org"]).status).toBe(0);
    expect(runCli(["--db", db, "users", "list", "--json"]).stdout).toMatch(/"disabled": true/);
    const reset = runCli(["--db", db, "users", "reset", "admin@example.org"]);
    expect(reset.stdout).toMatch(/reset-password\?token=[\w-]+/);
    expect(runCli(["--db", db, "users", "reset", "nobody@example.org"]).status).toBe(1);
    const opened = runCli(["--db", db, "users", "sign-up", "open"]);
    expect(opened.stdout).toMatch(/Sign-up is open/);
  });

  it("refuses to serve local mode on a non-loopback address, saying why", () => {
    const refused = runCli(["--db", db, "serve", "--host", "0.0.0.0", "--port", "0"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/without --accounts/);
    expect(refused.stderr).toMatch(/anyone who can reach/);
  });
});
