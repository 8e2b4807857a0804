import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

export function backupCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("backup")
    .argument("<file>", "where to write the copy")
    .description("copy the SQLite database safely while it may be in use (online backup)")
    .option("--force", "overwrite the file if it exists")
    .action(async (file: string, options: { force?: boolean }) => {
      const e = env();
      const destination = resolve(file);
      if (existsSync(destination) && !options.force)
        throw new Error(`${destination} exists; add --force to overwrite it`);
      await withApp(e, async ({ ctx }) => {
        const { pages } = await ctx.store.backupTo(destination);
        e.out(`Backed up ${pages} pages to ${destination}`);
      });
    });
}
