// Excel writes "CSV" with the list separator of the user's locale: a semicolon in German,
// French, Spanish and most of Europe, where the comma is the decimal mark. Some tools write
// tabs. The file itself tells: the right separator splits the header and the rows below it
// into the same number of fields.

export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const SAMPLE_RECORDS = 30;
const SAMPLE_CHARACTERS = 64 * 1024;

/** Per record of the top of the file, how often each separator occurs outside quotes. */
function countPerRecord(text: string): Map<CsvDelimiter, number>[] {
  const records: Map<CsvDelimiter, number>[] = [];
  let counts = new Map<CsvDelimiter, number>();
  let quoted = false;
  let empty = true;
  const end = Math.min(text.length, SAMPLE_CHARACTERS);
  for (let i = 0; i < end && records.length < SAMPLE_RECORDS; i++) {
    const char = text[i] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (!empty) records.push(counts);
      counts = new Map();
      empty = true;
      continue;
    } else if (!quoted && (CSV_DELIMITERS as readonly string[]).includes(char)) {
      const delimiter = char as CsvDelimiter;
      counts.set(delimiter, (counts.get(delimiter) ?? 0) + 1);
    }
    if (char.trim() !== "") empty = false;
  }
  if (!empty && records.length < SAMPLE_RECORDS) records.push(counts);
  return records;
}

/**
 * The separator that splits the most records into the same, non-zero number of fields; a
 * comma when nothing tells (a one-column file reads the same with any).
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const records = countPerRecord(text);
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const tally = new Map<number, number>();
    for (const counts of records) {
      const count = counts.get(delimiter) ?? 0;
      if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
    }
    // Rows that agree on a width count fully; the width itself breaks ties (more columns).
    let score = 0;
    for (const [width, rows] of tally) score = Math.max(score, rows * 1000 + width);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** "comma", "semicolon", "tab": how the preview names a separator. */
export function delimiterName(delimiter: CsvDelimiter): string {
  return delimiter === "," ? "comma" : delimiter === ";" ? "semicolon" : "tab";
}
