import type { Command } from "commander";
import type { CommandEnv } from "../main.js";

export function migrateCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("migrate")
    .description("bring the database schema up to date")
    .action(async () => {
      const e = env();
      const { openStore } = await import("../../store/database.js");
      const store = await openStore(e.database, { migrate: false });
      try {
        const applied = await store.migrate();
        e.out(
          applied.length === 0
            ? `Up to date: ${store.location}`
            : `Applied ${applied.join(", ")} to ${store.location}`,
        );
      } finally {
        await store.close();
      }
    });
}
