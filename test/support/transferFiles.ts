// Files for the import and export suites: generated LinkedIn exports of any size and small
// broken files, built in code so each test shows what it feeds in.
import type { TestApi } from "./api.js";

const LINKEDIN_PREAMBLE = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed it.',
  'You can learn more about this here: https://www.linkedin.com/help/linkedin/answer/261"',
  "",
];

const LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

/**
 * A Connections.csv of `count` people: every fifth one shares an email, companies repeat (in
 * varying case) so organizations are matched by name, and some cells need quoting.
 */
export function linkedInConnections(count: number, options: { companies?: number } = {}): string {
  const companies = options.companies ?? 2000;
  const rows = [...LINKEDIN_PREAMBLE, LINKEDIN_HEADER];
  for (let i = 0; i < count; i++) {
    const company = `Company ${i % companies}, Inc.`;
    const spelled = i % 3 === 0 ? company.toUpperCase() : company;
    const email = i % 5 === 0 ? `person${i}@example.com` : "";
    rows.push(
      `Given${i},Family${i},https://www.linkedin.com/in/person-${i},${email},"${spelled}",Engineer ${i % 40},03 Feb 2021`,
    );
  }
  return `${rows.join("\n")}\n`;
}

/** How many rows a table holds, through the API (the total of a one-item page). */
export async function total(api: TestApi, plural: string): Promise<number> {
  const page = await api.get(`/api/${plural}?limit=1`);
  return page.body.total as number;
}

/** Counts of the tables an import writes to, to show that a refused one changed nothing. */
export async function snapshot(api: TestApi): Promise<Record<string, number>> {
  return {
    people: await total(api, "people"),
    organizations: await total(api, "organizations"),
  };
}
