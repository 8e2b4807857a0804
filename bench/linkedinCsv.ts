// A LinkedIn "Connections.csv" as LinkedIn writes it today: a "Notes:" line, a quoted
// paragraph spanning lines, an empty line, then the header and one row per connection, with
// dates like "3 Feb 2021", emails mostly hidden, and CRLF line ends.
import { writeFileSync } from "node:fs";
import { foldForSearch } from "../src/store/searchText.js";
import { organizationSlug } from "./dataset/organizations.js";
import { seededRandom } from "./prng.js";
import {
  FIRST_NAMES,
  LAST_NAMES,
  ORGANIZATION_STEMS,
  ORGANIZATION_SUFFIXES,
  TITLES_BY_ROLE,
} from "./vocabulary.js";

export const LINKEDIN_HEADER =
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

const PREAMBLE = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email.',
  'You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  "",
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function linkedInCsv(rows: number, seed: number): string {
  const random = seededRandom(seed);
  const titles = Object.values(TITLES_BY_ROLE).flat();
  const lines = [...PREAMBLE, LINKEDIN_HEADER];
  for (let i = 0; i < rows; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const company = random.chance(0.9)
      ? `${random.pick(ORGANIZATION_STEMS)} ${random.pick(ORGANIZATION_SUFFIXES)}${random.chance(0.05) ? ", Inc." : ""}`
      : "";
    const slug = foldForSearch(`${first} ${last}`).replace(/ /g, "-");
    const email =
      random.chance(0.05) && company
        ? `${slug.replace(/-/g, ".")}@${organizationSlug(company)}.example.com`
        : "";
    const connected = `${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(2009, 2026)}`;
    lines.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${slug}-${i.toString(36)}`,
        email,
        company,
        random.chance(0.95) ? random.pick(titles) : "",
        connected,
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

export function writeLinkedInCsv(file: string, rows: number, seed: number): void {
  writeFileSync(file, linkedInCsv(rows, seed));
}
