// Import, sample data and calendar links as the API answers them.
import { z } from "zod";
import { id, instant } from "../entities/fields.js";
import { IMPORT_FORMATS, MAPPABLE_FIELDS } from "../transfer/kinds.js";

/** A LinkedIn export at its 30,000-connection cap is about 3 MB; this leaves room to spare. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The file comes as text inside JSON: the browser has already read it. */
export const importRequestSchema = z
  .object({
    fileName: z.string().max(500).default("").describe("the file's name; its extension helps"),
    content: z.string().max(MAX_IMPORT_BYTES).describe("the file's text"),
    format: z
      .enum(IMPORT_FORMATS)
      .optional()
      .describe("which program wrote the file; guessed from the name and content when left out"),
    mapping: z
      .partialRecord(z.enum(MAPPABLE_FIELDS), z.string().min(1).max(300))
      .optional()
      .describe("for a CSV of unknown columns: field → column name"),
  })
  .strict();

const count = z.number().int().min(0);

export const importCountsSchema = z.object({
  new: count,
  updated: count,
  duplicate: count,
  skipped: count,
});

export const skippedRowSchema = z.object({ line: z.number().int(), reason: z.string() });

/** What happens to one row, for the preview's first rows. */
export const rowOutcomeSchema = z.object({
  line: z.number().int(),
  action: z.enum(["new", "update", "duplicate"]),
  fullName: z.string(),
  title: z.string().nullable(),
  organizationName: z.string().nullable(),
  emails: z.array(z.string()),
  profileUrl: z.string().nullable(),
});

export const csvColumnsSchema = z.object({
  headers: z.array(z.string()),
  headerLine: z.number().int().describe("the file line the header is on"),
  sample: z.array(z.array(z.string())).describe("the first data rows, as long as the header"),
  needsMapping: z.boolean(),
  fields: z.array(z.string()).readonly().describe("the fields a column can be mapped to"),
});

export const importResultSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  applied: z.boolean().describe("true when the database was changed"),
  counts: importCountsSchema,
  skipped: z.array(skippedRowSchema),
  organizationsCreated: count,
  sample: z.array(rowOutcomeSchema),
  csv: csvColumnsSchema.optional(),
  tables: z.record(z.string(), count).optional().describe("for a backup: rows of each kind"),
});

export const demoLoadedSchema = z.object({ people: count, conversations: count });

export const calendarFeedSchema = z.object({
  id,
  createdAt: instant,
  revokedAt: instant.nullable(),
  active: z.boolean(),
});

/** The answer to creating a feed: the only time its secret link is ever shown. */
export const newCalendarFeedSchema = calendarFeedSchema.extend({
  token: z.string(),
  url: z.url(),
});

export const calendarFeedListSchema = z.object({ items: z.array(calendarFeedSchema) });

export type ImportRequest = z.input<typeof importRequestSchema>;
export type ImportCounts = z.output<typeof importCountsSchema>;
export type SkippedRow = z.output<typeof skippedRowSchema>;
export type RowOutcome = z.output<typeof rowOutcomeSchema>;
export type RowAction = RowOutcome["action"];
export type CsvColumns = z.output<typeof csvColumnsSchema>;
export type ImportResult = z.output<typeof importResultSchema>;
export type DemoLoaded = z.output<typeof demoLoadedSchema>;
export type CalendarFeed = z.output<typeof calendarFeedSchema>;
export type NewCalendarFeed = z.output<typeof newCalendarFeedSchema>;
