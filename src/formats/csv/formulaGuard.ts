// A cell starting with = + - @ (or tab/CR) runs as a formula when the file is opened in a
// spreadsheet, and names, titles and notes come from other people's profiles. The people CSV
// therefore prefixes such cells with an apostrophe (which spreadsheets hide) and its reader
// removes exactly one, so values survive the round trip unchanged.

// Spreadsheets skip leading spaces before they look for a formula, so " =1+1" runs too.
const GUARDED = /^'*[ \u00a0\n]*[=+\-@\t\r]/;
const UNGUARD = /^'+[ \u00a0\n]*[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return UNGUARD.test(value) ? value.slice(1) : value;
}
