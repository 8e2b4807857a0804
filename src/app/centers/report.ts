// The program's report as CSV: aggregates only, from the seekers who share `progress` with
// the program and the nameless numbers of those who left; figures from fewer than five
// seekers withheld. The only thing an analyst can download.
import {
  programReport,
  type ReportRow,
  SMALLEST_GROUP,
} from "../../domain/centers/programReport.js";
import type { SeekerFacts } from "../../domain/centers/seekerFacts.js";
import { guardCell } from "../../formats/csv/formulaGuard.js";
import { grantsInForce } from "../../store/repositories/centers/grants.repository.js";
import { departuresOf, membersOf } from "../../store/repositories/centers/members.repository.js";
import { progressCounts } from "../../store/repositories/centers/seekerFacts.repository.js";
import type { AppContext } from "../context.js";
import { programAccess } from "./access.js";
import { factsOf } from "./facts.js";
import { parseScopes } from "./grants.js";
import { logStaffReads } from "./staffReads.js";

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  // A program's name is the center's text: a leading "=" must not run in a spreadsheet.
  const text = typeof value === "string" ? guardCell(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function reportCsv(
  program: { name: string; startsOn: string; endsOn: string },
  rows: ReportRow[],
  counts: { joined: number; sharing: number; departed: number },
): string {
  const lines = [
    ["program", "starts", "ends", "seekers joined", "sharing progress", "left (aggregates kept)"],
    [
      program.name,
      program.startsOn,
      program.endsOn,
      counts.joined,
      counts.sharing,
      counts.departed,
    ],
    [],
    ["measure", "seekers", "total", "median", "lower quartile", "upper quartile"],
    ...rows.map((r) => [r.measure, r.seekers, r.total, r.median, r.lowerQuartile, r.upperQuartile]),
    [],
    [
      `Figures from fewer than ${SMALLEST_GROUP} seekers are left empty, so no figure points at one person.`,
    ],
  ];
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export async function programReportCsv(
  ctx: AppContext,
  programId: string,
): Promise<{ fileName: string; text: string }> {
  const tx = ctx.store.handle;
  const { program } = await programAccess(ctx, tx, programId, "aggregates");
  const now = ctx.clock.now();
  const [members, grants, departures] = await Promise.all([
    membersOf(tx, programId),
    grantsInForce(tx, programId, now),
    departuresOf(tx, programId),
  ]);
  // Aggregates follow the seeker's grant to the program as a whole, whoever reads them.
  const memberIds = new Set(members.map((m) => m.seekerId));
  const sharing = [
    ...new Set(
      grants
        .filter(
          (g) =>
            g.coachId === null &&
            memberIds.has(g.seekerId) &&
            parseScopes(g.scopes).includes("progress"),
        )
        .map((g) => g.seekerId),
    ),
  ];
  const counts = await progressCounts(tx, sharing);
  const facts: SeekerFacts[] = [
    ...[...counts.values()].map(factsOf),
    ...departures.map((json) => JSON.parse(json) as SeekerFacts),
  ];
  const text = reportCsv(program, programReport(facts), {
    joined: members.length,
    sharing: sharing.length,
    departed: departures.length,
  });
  await logStaffReads(
    ctx,
    program,
    "program report",
    sharing.map((seekerId) => ({ seekerId, scopes: ["progress" as const] })),
  );
  const slug =
    program.name
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "program";
  return { fileName: `${slug}-report.csv`, text };
}
