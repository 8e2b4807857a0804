// LinkedIn writes "Connected On" as "03 Feb 2021" (older files "3 Feb 2021"); people who edit
// an export in a spreadsheet may leave ISO dates. Anything else is kept raw by the caller.

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 1–12 for a full English month name, its three-letter abbreviation, or "Sept". */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, "");
  const index = MONTH_NAMES.findIndex(
    (full) =>
      lower === full || lower === full.slice(0, 3) || (full === "september" && lower === "sept"),
  );
  return index === -1 ? undefined : index + 1;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** YYYY-MM-DD for "3 Feb 2021", "03 February 2021", "Feb 3, 2021" or "2021-02-03"; else undefined. */
export function parseConnectionDate(text: string): string | undefined {
  const value = text.trim();
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = value.match(/^(\d{1,2})[ -]([A-Za-z]{3,9}\.?)[ -](\d{4})$/);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? "");
    return month === undefined
      ? undefined
      : isoDate(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  const monthFirst = value.match(/^([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})$/);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? "");
    return month === undefined
      ? undefined
      : isoDate(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return undefined;
}
