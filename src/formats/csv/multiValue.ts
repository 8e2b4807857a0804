// Google Contacts puts several values of one kind in a single cell, joined by " ::: "; our own
// people CSV does the same. Spreadsheets may trim the spaces around it, so any spacing is read.

export const MULTI_VALUE_SEPARATOR = " ::: ";
const SEPARATOR_PATTERN = /\s*:::\s*/;

/** The non-empty values in a cell. */
export function splitMultiValue(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(SEPARATOR_PATTERN)
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

/** Every position in a cell, empty ones included, for columns that run parallel to others. */
export function splitParallel(cell: string | undefined): string[] {
  const trimmed = cell?.trim() ?? "";
  if (trimmed === "") return [];
  return trimmed.split(SEPARATOR_PATTERN).map((value) => value.trim());
}

/** Google marks the primary value and the built-in group with a leading "* ". */
export function withoutStar(value: string): string {
  return value.replace(/^\*\s*/, "");
}
