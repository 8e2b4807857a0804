// Results: each measure's value against its target, printed as a table and saved as JSON
// with the machine it ran on.
import { writeFileSync } from "node:fs";
import type { Machine } from "./machine.js";

export interface Target {
  op: "<=" | ">=";
  limit: number;
}

export interface Result {
  measure: string;
  value: number | null;
  unit: string;
  target: Target | null;
  /** Null when there is no target, or the measure was skipped. */
  pass: boolean | null;
  /** For measures judged against a floor: value ÷ floor. */
  ratio?: number;
  detail?: string;
  /** Why the measure did not run ("not available yet: …") or failed to run. */
  skipped?: string;
  error?: string;
}

export function judged(
  measure: string,
  value: number,
  unit: string,
  target: Target | null,
  extra: Partial<Result> = {},
): Result {
  const pass =
    target === null ? null : target.op === "<=" ? value <= target.limit : value >= target.limit;
  return { measure, value, unit, target, pass, ...extra };
}

export function skipped(measure: string, reason: string): Result {
  return { measure, value: null, unit: "", target: null, pass: null, skipped: reason };
}

function format(value: number | null, unit: string): string {
  if (value === null) return "-";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

function verdict(result: Result): string {
  if (result.error) return "ERROR";
  if (result.skipped) return "skip";
  if (result.pass === null) return "";
  return result.pass ? "pass" : "FAIL";
}

export function printTable(results: readonly Result[], machine: Machine): void {
  const rows = results.map((r) => [
    r.measure,
    format(r.value, r.unit),
    r.target ? `${r.target.op} ${format(r.target.limit, r.unit)}` : "",
    verdict(r),
    r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}×`,
    r.error ?? r.skipped ?? r.detail ?? "",
  ]);
  const header = ["measure", "value", "target", "result", "ratio", "notes"];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(
    `\n${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}, load ${machine.loadAverage.join(" ")}, ${machine.date}`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

export function writeResults(file: string, content: object): void {
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
}
