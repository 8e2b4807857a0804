// Import and export over HTTP, for the web app's upload screen and for scripts. The file comes
// inside JSON (as text, or as base64 bytes the server decodes), is previewed without changes, then
// imported in one transaction; exports answer with the file and a name to save it under.
//
// The import and export code (the file formats, the CSV parser, matching, the backup) is loaded
// when a file first comes or goes: most sessions never do either, and loaded at start it was
// about 2.7 MB of the server's heap. The routes and their schemas are there from the start.
import { createRoute, z } from "@hono/zod-openapi";
import { backupDocumentSchema } from "../../app/transfer/backupSchema.js";
import { importRequestOf } from "../../app/transfer/importBody.js";
import { EXPORT_KINDS } from "../../app/transfer/kinds.js";
import { importRequestSchema, importResultSchema } from "../../app/views/transfer.js";
import { type Api, problemResponses } from "../api.js";
import { action } from "./action.js";

const importing = () => import("../../app/transfer/importPeople.js");

function importRoutes(api: Api): void {
  // The 50 MB limit for these two routes is set with every other body limit (../security.ts),
  // before anything reads the body.
  action(api, {
    method: "post",
    operationId: "previewImport",
    path: "/api/import/preview",
    tag: "import",
    summary:
      "Read a file and say what importing it would do: new, updated, duplicate and skipped rows (changes nothing)",
    body: importRequestSchema,
    response: importResultSchema,
    describe: "what importing would do; nothing was changed",
    run: async (ctx, _params, body) =>
      (await importing()).importFile(ctx, importRequestOf(body), { apply: false }),
  });
  action(api, {
    method: "post",
    operationId: "importFile",
    path: "/api/import",
    tag: "import",
    summary: "Import a file of contacts or a JSON backup, all rows or none",
    body: importRequestSchema,
    response: importResultSchema,
    describe: "what was imported",
    run: async (ctx, _params, body) =>
      (await importing()).importFile(ctx, importRequestOf(body), { apply: true }),
  });
}

const exportRoute = createRoute({
  operationId: "exportFile",
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
        "application/json": { schema: backupDocumentSchema },
        "text/csv": { schema: z.string().describe("people, one row each") },
        "text/vcard": { schema: z.string().describe("people as vCards") },
        "text/calendar": { schema: z.string().describe("conversations and follow-ups") },
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
    const { exportFile } = await import("../../app/transfer/exportFile.js");
    const file = await exportFile(c.get("ctx"), kind, { vcardVersion: version });
    return c.body(file.body, 200, {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
    });
  });
}
