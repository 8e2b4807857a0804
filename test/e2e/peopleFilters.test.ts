// The people list's filters: a fixed choice (pipeline status) and the organization filter, whose
// options load only when it is opened. Each filter lands in the address, so a filtered list
// can be bookmarked, and the rows name each person's organization.
import { expect, it } from "vitest";
import { browserSession } from "./support/session.js";

const session = browserSession({ sampleData: true });

/** A filter's input by its label; Mantine's comboboxes label their option lists too. */
const filter = (name: string) =>
  session.browser.page.locator("input").and(session.browser.page.getByLabel(name, { exact: true }));

const names = async () =>
  (
    await session.browser.page.getByTestId("people-list").locator("a.virtual-row").allInnerTexts()
  ).map((text) => text.split("\n")[0]);

it("narrows the list by pipeline status and by organization", async () => {
  const { page } = session.browser;
  const organizationsAsked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/organizations")) organizationsAsked.push(request.url());
  });
  await page.goto(`${session.server.url}/people`);
  await page.getByText("Lee Okafor").waitFor();
  // Rows name the organization without the page loading every organization.
  await page.getByText("Demand analyst · Fourth Coffee Wholesale").waitFor();
  expect(organizationsAsked).toEqual([]);

  await filter("Pipeline status").click();
  await page.getByRole("option", { name: "Held" }).click();
  await page.waitForURL(/stage=held/);
  await expect.poll(names).toEqual(["Lee Okafor"]);
  await page.getByRole("button", { name: "Clear filters" }).click();

  await filter("Organization").click();
  await page.getByRole("option", { name: "Northwind Traders" }).click();
  await page.waitForURL(/organizationId=/);
  await expect.poll(names).toEqual(["Dana Álvarez", "Grace Liu", "Tomás Ruiz"]);
  expect(organizationsAsked.length).toBeGreaterThan(0);

  // The address alone restores the filter, its organization's name included.
  await page.reload();
  await expect.poll(names).toEqual(["Dana Álvarez", "Grace Liu", "Tomás Ruiz"]);
  await expect.poll(() => filter("Organization").inputValue()).toBe("Northwind Traders");
  expect(session.browser.takeErrors()).toEqual([]);
});
