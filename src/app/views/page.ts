// A page of a list, as every list endpoint answers it.
import { z } from "zod";

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/**
 * A page of search results whose total may be a bound: past a thousand matches people search
 * answers "at least 1,000" (total 1000, totalIsLowerBound true) unless asked for count=exact.
 */
export function boundedPageSchema<T extends z.ZodType>(item: T) {
  return pageSchema(item).extend({
    totalIsLowerBound: z
      .boolean()
      .describe("true when total is a lower bound: at least that many match (ask count=exact)"),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  /** Only in people's pages: true when `total` is "at least". */
  totalIsLowerBound?: boolean;
  limit: number;
  offset: number;
}
