// The loop every CSV reader shares: rows below the header become records, blank rows vanish,
// and rows that name nobody are reported with their line instead of failing the whole file.
import type { ContactReadResult, ContactRecord, ContactSource, SkippedEntry } from "../contact.js";
import { type ContactDraft, finishRecord, isSkipped } from "../record.js";
import { type CsvRow, isBlankRow } from "./table.js";

export function collectContacts(
  rows: readonly CsvRow[],
  source: ContactSource,
  toDraft: (row: CsvRow) => ContactDraft,
): ContactReadResult {
  const records: ContactRecord[] = [];
  const skipped: SkippedEntry[] = [];
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const result = finishRecord(toDraft(row), source, row.line);
    if (isSkipped(result)) skipped.push(result);
    else records.push(result);
  }
  return { records, skipped };
}
