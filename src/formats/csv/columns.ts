// Exports move their columns around between versions and people re-save them in spreadsheets
// that change the case, so readers always look columns up by name, never by position.
import { FormatError } from "../contact.js";
import type { CsvRow } from "./table.js";

function normaliseName(name: string): string {
  return name.trim().toLowerCase();
}

export class ColumnIndex {
  readonly names: string[];
  readonly line: number;
  private readonly positions = new Map<string, number>();

  constructor(header: CsvRow) {
    this.names = header.cells.map((cell) => cell.trim());
    this.line = header.line;
    this.names.forEach((name, position) => {
      const key = normaliseName(name);
      // The first of two same-named columns wins, as a person reading left to right expects.
      if (key !== "" && !this.positions.has(key)) this.positions.set(key, position);
    });
  }

  has(name: string): boolean {
    return this.positions.has(normaliseName(name));
  }

  /** The cell under `name`, or undefined when the column is absent or the row is too short. */
  cell(row: CsvRow, name: string): string | undefined {
    const position = this.positions.get(normaliseName(name));
    return position === undefined ? undefined : row.cells[position];
  }

  /** Column names matching a pattern, with the pattern's captures, in file order. */
  matching(pattern: RegExp): { name: string; match: RegExpMatchArray }[] {
    const found: { name: string; match: RegExpMatchArray }[] = [];
    for (const name of this.names) {
      const match = name.match(pattern);
      if (match) found.push({ name, match });
    }
    return found;
  }
}

/**
 * The index of the first row that `isHeader` accepts. Exports put notes above the header, so
 * the header is found by what it contains rather than assumed to be the first row.
 */
export function findHeader(
  rows: readonly CsvRow[],
  isHeader: (columns: ColumnIndex) => boolean,
  description: string,
): { columns: ColumnIndex; at: number } {
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at];
    if (row === undefined) continue;
    const columns = new ColumnIndex(row);
    if (isHeader(columns)) return { columns, at };
  }
  throw new FormatError(`no header row with ${description} was found`, 1);
}
