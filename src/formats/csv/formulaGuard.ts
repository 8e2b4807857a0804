// A cell starting with = + - @ (or tab/CR) runs as a formula when the file is opened in a
// spreadsheet, and names, titles and notes come from other people's profiles. The people CSV
// therefore prefixes such cells with an apostrophe (which spreadsheets hide) and its reader
// removes exactly one, so values survive the round trip unchanged.

const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'+[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return UNGUARD.test(value) ? value.slice(1) : value;
}
