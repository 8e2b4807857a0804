// The API's import body as the use case takes it: bytes sent in base64 become bytes again, and
// their size is checked against the file limit (the body limit counts base64, a third larger).
import type { z } from "zod";
import { RuleViolation } from "../../domain/errors.js";
import { type importRequestSchema, MAX_IMPORT_BYTES } from "../views/transfer.js";
import type { ImportRequest } from "./readImportFile.js";

type ImportBody = z.output<typeof importRequestSchema>;

export function importRequestOf(body: ImportBody): ImportRequest {
  const { content, contentBase64, ...rest } = body;
  if (contentBase64 === undefined) return { ...rest, content: content ?? "" };
  const bytes = Buffer.from(contentBase64, "base64");
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new RuleViolation("files of up to 50 MB can be imported", [
      { field: "contentBase64", message: "larger than 50 MB" },
    ]);
  }
  return { ...rest, bytes };
}
