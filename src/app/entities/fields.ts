// Zod building blocks shared by the entity schemas. The same schema validates API bodies, types
// the use cases and documents the API in OpenAPI.
import { z } from "zod";

export const id = z.string().min(1).max(64).describe("identifier (UUIDv7)");
export const optionalId = id.nullable();
export const instant = z.iso
  .datetime({ offset: true })
  .describe("instant, ISO-8601 (stored in UTC)");
export const calendarDate = z.iso.date().describe("calendar date, YYYY-MM-DD");
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
