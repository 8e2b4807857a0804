// Import, sample data and calendar links as the API answers them.
import { z } from "zod";
import { CSV_DELIMITERS } from "../../formats/csv/delimiter.js";
import { TEXT_ENCODINGS } from "../../formats/text/encodings.js";
import { id, instant } from "../entities/fields.js";
import { IMPORT_FORMATS, MAPPABLE_FIELDS } from "../transfer/kinds.js";

/** A LinkedIn export at its 30,000-connection cap is about 3 MB; this leaves room to spare. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Base64 makes 3 bytes 4 characters; the rest of the JSON is small beside the file. */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BASE64 + 1024 * 1024;

/**
 * The file comes inside JSON, as text the caller decoded or as its bytes in base64. Bytes let
 * the server find the encoding (and a vCard's folds) itself, and let the user choose another.
 */
export const importRequestSchema = z
  .object({
    fileName: z.string().max(500).default("").describe("the file's name; its extension helps"),
    content: z.string().max(MAX_IMPORT_BYTES).optional().describe("the file's text"),
    contentBase64: z
      .string()
      .max(MAX_IMPORT_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64")
      .optional()
      .describe("the file's bytes, in base64 (instead of content), up to 50 MB"),
    encoding: z
      .enum(TEXT_ENCODINGS)
      .optional()
      .describe("read the bytes in this encoding rather than the one they suggest"),
    delimiter: z
      .enum(CSV_DELIMITERS)
      .optional()
      .describe("a CSV's field separator, rather than the one its rows suggest"),
    format: z
      .enum(IMPORT_FORMATS)
      .optional()
      .describe("which program wrote the file; guessed from the name and content when left out"),
    mapping: z
      .partialRecord(z.enum(MAPPABLE_FIELDS), z.string().min(1).max(300))
      .optional()
      .describe("for a CSV of unknown columns: field → column name"),
  })
  .strict()
  .refine((body) => (body.content === undefined) !== (body.contentBase64 === undefined), {
    message: "send the file as content (text) or as contentBase64 (bytes), not both",
    path: ["content"],
  })
  .refine((body) => body.encoding === undefined || body.contentBase64 !== undefined, {
    message: "an encoding applies to bytes: send the file as contentBase64",
    path: ["encoding"],
  });

const count = z.number().int().min(0);

export const importCountsSchema = z.object({
  new: count,
  updated: count,
  duplicate: count,
  skipped: count,
  organizations: count.describe("entries that name an organization and no person"),
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
  encoding: z
    .object({
      encoding: z.enum(TEXT_ENCODINGS),
      source: z.enum([
        "chosen",
        "byte-order mark",
        "utf-16 pattern",
        "valid utf-8",
        "detected",
        "default",
      ]),
    })
    .nullable()
    .describe("how the bytes were decoded; null when the file came as text"),
  delimiter: z
    .object({ delimiter: z.enum(CSV_DELIMITERS), chosen: z.boolean() })
    .optional()
    .describe("for a CSV: the field separator used, and whether it was chosen"),
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
