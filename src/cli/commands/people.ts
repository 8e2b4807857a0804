import type { Command } from "commander";
import { STATUS_LABEL } from "../../domain/labels.js";
import type { ConversationStatus } from "../../domain/vocabulary.js";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

export function peopleCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("people")
    .argument("[query]", "words to search in names, organizations, titles and notes")
    .description("list or search people")
    .option("--json", "print JSON")
    .option("--limit <n>", "how many to show", "50")
    .action(async (query: string | undefined, options: { json?: boolean; limit: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new Error(`--limit must be 1-500, got "${options.limit}"`);
      const e = env();
      await withApp(e, async ({ ctx }) => {
        const { peopleService } = await import("../../app/people.js");
        const page = await peopleService.list(ctx, { limit, offset: 0 }, {}, query);
        if (options.json) return e.out(JSON.stringify(page, null, 2));
        for (const p of page.items) {
          // The list's rows are the store's records; stage holds a status or nothing.
          const stage = p.stage ? STATUS_LABEL[p.stage as ConversationStatus] : null;
          const where = [p.title, stage].filter(Boolean).join(" · ");
          e.out(`${String(p.fullName)}${where ? `  (${where})` : ""}`);
        }
        e.out(`${page.items.length} of ${page.total}${page.totalIsLowerBound ? "+" : ""}`);
      });
    });
}
