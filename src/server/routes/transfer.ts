// Import and export over HTTP, for the web app's upload screen and for scripts. The file comes
// as text inside JSON (the browser has already read it), is previewed without changes, then
// imported in one transaction; exports answer with the file and a name to save it under.
import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { EXPORT_KINDS, exportFile } from "../../app/transfer/exportFile.js";
import { importFile } from "../../app/transfer/importPeople.js";
import { IMPORT_FORMATS, MAPPABLE_FIELDS } from "../../app/transfer/readImportFile.js";
import { type Api, problemResponses } from "../api.js";
import { problem, respondProblem } from "../problem.js";
import { action } from "./action.js";

/** A LinkedIn export at its 30,000-connection cap is about 3 MB; this leaves room to spare. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const importBody = z
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

function limitBody(api: Api, path: string): void {
  api.use(
    path,
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: (c) =>
        respondProblem(
          c,
          problem(413, "File too large", "Files of up to 50 MB can be imported.", [
            { field: "content", message: "larger than 50 MB" },
          ]),
        ),
    }),
  );
}

function importRoutes(api: Api): void {
  limitBody(api, "/api/import");
  limitBody(api, "/api/import/*");
  action(api, {
    method: "post",
    path: "/api/import/preview",
    tag: "import",
    summary:
      "Read a file and say what importing it would do: new, updated, duplicate and skipped rows (changes nothing)",
    body: importBody,
    run: (ctx, _params, body) => importFile(ctx, body, { apply: false }),
  });
  action(api, {
    method: "post",
    path: "/api/import",
    tag: "import",
    summary: "Import a file of contacts or a JSON backup, all rows or none",
    body: importBody,
    run: (ctx, _params, body) => importFile(ctx, body, { apply: true }),
  });
}

const exportRoute = createRoute({
  method: "get",
  path: "/api/export/{kind}",
  tags: ["export"],
  summary:
    "Download everything as a JSON backup, people as CSV or vCard, or the calendar as iCalendar",
  request: {
    params: z.object({ kind: z.enum(EXPORT_KINDS) }),
    query: z.object({
      version: z.enum(["3.0", "4.0"]).optional().describe("vCard version; 4.0 unless asked"),
    }),
  },
  responses: {
    200: {
      description: "the file, with a Content-Disposition naming it",
      content: {
        "application/json": { schema: z.any() },
        "text/csv": { schema: z.string() },
        "text/vcard": { schema: z.string() },
        "text/calendar": { schema: z.string() },
      },
    },
    ...problemResponses,
  },
});

export function transferRoutes(api: Api): void {
  importRoutes(api);
  api.openapi(exportRoute, async (c) => {
    const { kind } = c.req.valid("param");
    const { version } = c.req.valid("query");
    const file = await exportFile(c.get("ctx"), kind, { vcardVersion: version });
    return c.body(file.body, 200, {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
    });
  });
}
