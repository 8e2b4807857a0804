// Zod building blocks shared by the entity schemas. The same schema validates API bodies, types
// the use cases and documents the API in OpenAPI.
import { z } from "zod";
import {
  DATE_RANGE_MESSAGE,
  EARLIEST_YEAR,
  inDateRange,
  LATEST_YEAR,
} from "../../domain/dateRange.js";

export const id = z.string().min(1).max(64).describe("identifier (UUIDv7)");
export const optionalId = id.nullable();
export const instant = z.iso
  .datetime({ offset: true })
  .refine(inDateRange, DATE_RANGE_MESSAGE)
  .describe(`instant, ISO-8601 (stored in UTC), years ${EARLIEST_YEAR}–${LATEST_YEAR}`);
export const calendarDate = z.iso
  .date()
  .refine(inDateRange, DATE_RANGE_MESSAGE)
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

/**
 * An e-mail address. RFC 6531 lets the local part and the domain use any script
 * ("blablö@dæmi.example"), so the usual pattern is widened from ASCII letters to all letters.
 */
export const emailAddress = z.email({
  pattern:
    /^(?!\.)(?!.*\.\.)([\p{L}\p{M}\p{N}_'+\-.]*)[\p{L}\p{M}\p{N}_+-]@([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}-]*\.)+[\p{L}\p{M}]{2,}$/u,
});
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
