// Zod building blocks shared by the entity schemas. The same schema validates API bodies, types
// the use cases and documents the API in OpenAPI.
import { z } from "zod";

export const id = z.string().min(1).max(64).describe("identifier (UUIDv7)");
export const optionalId = id.nullable();
// Dates a person can mean: a year outside 1900–2200 is a typo, and one past 9999 cannot even be
// written back as ISO-8601 (a retry due in year 10000 once broke the calendar and the backup).
// Dates derived from these (a retry a week later, a check-in months later) stay writable.
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;
const yearInRange = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
};
const yearMessage = `must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`;

export const instant = z.iso
  .datetime({ offset: true })
  .refine(yearInRange, yearMessage)
  .describe(`instant, ISO-8601 (stored in UTC), years ${EARLIEST_YEAR}–${LATEST_YEAR}`);
export const calendarDate = z.iso
  .date()
  .refine(yearInRange, yearMessage)
  .describe(`calendar date, YYYY-MM-DD, years ${EARLIEST_YEAR}–${LATEST_YEAR}`);

/**
 * A link shown to the user: only http and https, so that a stored `javascript:`, `data:` or
 * `vbscript:` address can never become a link that runs something.
 */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: "must be an http:// or https:// address",
});
export const shortText = z.string().trim().max(300);
export const requiredName = z.string().trim().min(1, "must not be empty").max(300);
export const longText = z.string().max(100_000);
export const stringList = z.array(z.string().trim().min(1).max(300)).max(100);

/** Fields every stored entity carries. */
export const stamps = {
  id,
  createdAt: instant,
  updatedAt: instant,
};

/** A page of a list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
