import type { Command } from "commander";
import { FOLLOW_UP_ACTION, MODE_LABEL } from "../../domain/labels.js";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

export function todayCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("today")
    .description("what to do today: follow-ups, retries, conversations coming up, gaps")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const e = env();
      await withApp(e, async ({ ctx }) => {
        const { today } = await import("../../app/today.js");
        const day = await today(ctx);
        if (options.json) return e.out(JSON.stringify(day, null, 2));
        e.out(`Today, ${day.date} (${day.timeZone})`);
        const followUps = [
          ...day.followUps.overdue.map((f) => ({ ...f, late: true })),
          ...day.followUps.dueToday.map((f) => ({ ...f, late: false })),
        ];
        e.out(`\nFollow-ups (${followUps.length})`);
        for (const f of followUps) {
          e.out(
            `  ${f.late ? "!" : "-"} ${FOLLOW_UP_ACTION[f.kind]}: ${f.personName}${f.late ? ` (due ${f.dueOn})` : ""}`,
          );
        }
        e.out(`\nRetries (${day.retries.length})`);
        for (const r of day.retries)
          e.out(
            `  - ${FOLLOW_UP_ACTION[r.kind]}: ${r.personName} (attempt ${r.attempts} of ${r.maxAttempts})`,
          );
        e.out(`\nComing up (${day.upcoming.length})`);
        for (const c of day.upcoming)
          e.out(
            `  - ${c.scheduledAt}: ${c.personName}, ${c.requestedMinutes} min, ${MODE_LABEL[c.mode].toLowerCase()}`,
          );
        if (day.toRecord.length > 0) {
          e.out(`\nHeld? Record what happened (${day.toRecord.length})`);
          for (const c of day.toRecord) e.out(`  - ${c.personName} (${c.scheduledAt})`);
        }
        e.out(`\nGaps in the plan`);
        for (const t of day.coverageGaps) {
          e.out(`  ${t.role}:`);
          for (const g of t.gaps) e.out(`    - ${g.message}`);
        }
      });
    });
}
