import type { Command } from "commander";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

export function demoCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("demo")
    .description("load a realistic sample so you can see the product working")
    .action(async () => {
      const e = env();
      await withApp(e, async ({ ctx }) => {
        const { hasPeople, loadDemo } = await import("../../app/demo.js");
        if (await hasPeople(ctx)) {
          throw new Error(
            `${ctx.store.location} already has people; load the demo into a new file with --db`,
          );
        }
        const loaded = await loadDemo(ctx);
        e.out(
          `Loaded ${loaded.people} people and ${loaded.conversations} conversations into ${ctx.store.location}`,
        );
        e.out("Next: inroads today, or inroads serve");
      });
    });
}
