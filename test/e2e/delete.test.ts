// Deleting asks first: "Keep" (focused, so Enter is safe) leaves everything as it was, and
// "Delete" removes the person and returns to the list.
import { expect, it } from "vitest";
import { apiGet } from "./support/server.js";
import { browserSession } from "./support/session.js";

interface Page {
  items: { id: string; fullName: string }[];
  total: number;
}

const session = browserSession({ sampleData: true });

it("asks before deleting a person, keeps them on Keep, and deletes on Delete", async () => {
  const { page } = session.browser;
  const before = await apiGet<Page>(session.server.url, "/api/people?q=tomas");
  const tomas = before.items[0];
  expect(tomas?.fullName).toBe("Tomás Ruiz");
  await page.goto(`${session.server.url}/people/${tomas?.id}`);
  await page.getByRole("heading", { name: "Tomás Ruiz", level: 1 }).waitFor();

  const askToDelete = async () => {
    await page.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: "Delete person" }).click();
  };
  await askToDelete();
  const dialog = page.getByRole("dialog", { name: "Delete Tomás Ruiz?" });
  await dialog.waitFor();
  // Keep has the focus: Enter keeps.
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "hidden" });
  expect((await apiGet<Page>(session.server.url, "/api/people?q=tomas")).total).toBe(1);

  await askToDelete();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await page.waitForURL(/\/people$/);
  expect((await apiGet<Page>(session.server.url, "/api/people?q=tomas")).total).toBe(0);
  expect(session.browser.takeErrors()).toEqual([]);
});
