// The dates a person can mean. A year outside 1900–2200 is a typo, and one past 9999 cannot
// even be written back as ISO-8601 (a retry due in year 10000 once broke the calendar and the
// backup). Dates the practice derives (a retry a week later, a check-in months later) are held
// to the same range, so every stored row can be exported and restored.
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

/** Whether an ISO date or instant (YYYY-MM-DD…) falls in the range. */
export function inDateRange(iso: string): boolean {
  if (!/^\d{4}-/.test(iso)) return false;
  const year = Number(iso.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

export const DATE_RANGE_MESSAGE = `must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`;
