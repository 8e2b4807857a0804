// A browser test's surroundings: a fresh database (with the sample data when asked), the server
// on it and a browser, set up before the file's tests and taken down after them.
import { afterAll, beforeAll } from "vitest";
import { type Browser, openBrowser } from "./browser.js";
import { freshDatabase, loadSampleData, type RunningInroads, startInroads } from "./server.js";

export interface Session {
  server: RunningInroads;
  browser: Browser;
}

export function browserSession(options: { sampleData: boolean }): Session {
  const session = {} as Session;
  let db: ReturnType<typeof freshDatabase> | undefined;
  beforeAll(async () => {
    db = freshDatabase();
    if (options.sampleData) loadSampleData(db.dbPath);
    session.server = await startInroads(db.dbPath);
    session.browser = await openBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
    db?.remove();
  });
  return session;
}
