import type { OpenApp } from "../../app/open.js";
import type { CommandEnv } from "../main.js";

/** Opens the app, runs the work and always closes the database, even on error. */
export async function withApp<T>(env: CommandEnv, work: (app: OpenApp) => Promise<T>): Promise<T> {
  const app = await env.open();
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
