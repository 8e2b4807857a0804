// Nothing typed during a conversation is lost: not on a reload in the middle of typing, and not
// when the tab dies while the server cannot be reached.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Browser, openBrowser } from "./support/browser.js";
import { eventually } from "./support/poll.js";
import {
  apiGet,
  apiSend,
  freshDatabase,
  loadSampleData,
  type RunningInroads,
  startInroads,
} from "./support/server.js";

interface Page<T> {
  items: T[];
}
interface Conversation {
  id: string;
  notes: string;
}
interface Pick {
  id: string;
  answer: string;
}

let server: RunningInroads;
let db: ReturnType<typeof freshDatabase>;
let browser: Browser;
let conversationId: string;

beforeAll(async () => {
  db = freshDatabase();
  loadSampleData(db.dbPath);
  server = await startInroads(db.dbPath);
  const scheduled = await apiGet<Page<Conversation>>(
    server.url,
    "/api/conversations?status=scheduled",
  );
  conversationId = (scheduled.items[0] as Conversation).id;
  const bank = await apiGet<Page<{ id: string }>>(server.url, "/api/questions?phase=core&limit=3");
  await apiSend(server.url, "PUT", `/api/conversations/${conversationId}/questions`, {
    questionIds: bank.items.map((q) => q.id),
  });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  db?.remove();
});

const serverNotes = async () =>
  (await apiGet<Conversation>(server.url, `/api/conversations/${conversationId}`)).notes;
const serverAnswer = async () =>
  (
    await apiGet<Page<Pick>>(
      server.url,
      `/api/conversation-questions?conversationId=${conversationId}&limit=1`,
    )
  ).items[0]?.answer;

it("keeps answers, notes, a half-typed referral and the running clock across a reload", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/conversations/${conversationId}/live`);
  await page.getByRole("button", { name: "Start the clock" }).click();
  const answer = page.getByRole("textbox", { name: "Their answer" });
  const notes = page.getByTestId("live-notes");
  const referralName = page.getByRole("form", { name: "Capture a referral" }).getByRole("textbox", {
    name: "Name",
  });
  await answer.fill("They moved from stores to planning.");
  await notes.fill("Peak season is October to December.");
  await referralName.fill("Grace Li");
  // Reload at once: the server saves are still waiting for their debounce.
  await page.reload();

  await expect.poll(() => answer.inputValue()).toBe("They moved from stores to planning.");
  expect(await notes.inputValue()).toBe("Peak season is October to December.");
  expect(await referralName.inputValue()).toBe("Grace Li");
  const clock = page.getByTestId("clock");
  const before = await clock.textContent();
  expect(before).not.toBe("30:00");
  await expect.poll(() => clock.textContent(), { timeout: 4000 }).not.toBe(before);
  // And the server has caught up.
  await eventually(
    async () =>
      (await serverNotes()) === "Peak season is October to December." ? true : undefined,
    "the notes on the server",
  );
  await eventually(
    async () =>
      (await serverAnswer()) === "They moved from stores to planning." ? true : undefined,
    "the answer on the server",
  );
  expect(browser.takeErrors()).toEqual([]);
});

it("restores what was typed after the tab died while the server was unreachable", async () => {
  const first = browser.page;
  await first.goto(`${server.url}/conversations/${conversationId}/live`);
  const notes = first.getByTestId("live-notes");
  await expect.poll(() => notes.inputValue()).toBe("Peak season is October to December.");
  // The server cannot be reached: every save fails.
  await first.route("**/api/**", (route) =>
    route.request().method() === "GET" ? route.continue() : route.abort(),
  );
  await notes.fill("Peak season is October to December. Ask Grace about the SQL test.");
  await first.getByText(/kept on this device/).waitFor();
  await first.close({ runBeforeUnload: false });
  browser.takeErrors(); // the aborted saves were logged as failed requests; they are the point

  const second = await browser.context.newPage();
  await second.goto(`${server.url}/conversations/${conversationId}/live`);
  const restored = second.getByTestId("live-notes");
  await expect
    .poll(() => restored.inputValue())
    .toBe("Peak season is October to December. Ask Grace about the SQL test.");
  await eventually(
    async () =>
      (await serverNotes()).endsWith("Ask Grace about the SQL test.") ? true : undefined,
    "the restored notes to reach the server",
  );
  browser.page = second;
  expect(browser.takeErrors()).toEqual([]);
});

it("offers to stop at the promised end, and lets them choose to go on", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/conversations/${conversationId}/live`);
  // Pretend the clock was started 31 minutes ago for this 30-minute conversation.
  await page.evaluate(
    `localStorage.setItem("inroads.draft.timer.${conversationId}", JSON.stringify({ running: true, startedAt: Date.now() - 31 * 60 * 1000, before: 0 }))`,
  );
  await page.reload();
  const prompt = page.getByRole("alert").filter({ hasText: "the time you asked for" });
  await prompt.waitFor();
  expect(await page.getByTestId("clock").textContent()).toMatch(/^\+1:0\d$/);
  await prompt.getByRole("button", { name: "They chose to go on" }).click();
  await prompt.waitFor({ state: "hidden" });
  expect(browser.takeErrors()).toEqual([]);
});
