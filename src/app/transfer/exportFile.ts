// One entry point for every export, so `inroads export` and GET /api/export/{kind} write the
// same bytes under the same name and type.
import { dateInZone } from "../../domain/time.js";
import { type VCardVersion, writePeopleCsv, writeVCards } from "../../formats/index.js";
import type { AppContext } from "../context.js";
import { getSettings } from "../settings.js";
import { exportBackup } from "./backupExport.js";
import { buildCalendar } from "./calendar.js";
import { peopleAsContacts } from "./exportPeople.js";

import type { ExportKind } from "./kinds.js";

export { EXPORT_KINDS, type ExportKind } from "./kinds.js";

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: string;
}

export async function exportFile(
  ctx: AppContext,
  kind: ExportKind,
  options: { vcardVersion?: VCardVersion } = {},
): Promise<ExportedFile> {
  const { timeZone } = await getSettings(ctx);
  const day = dateInZone(ctx.clock.now(), timeZone);
  switch (kind) {
    case "json":
      return {
        fileName: `inroads-backup-${day}.json`,
        contentType: "application/json; charset=utf-8",
        body: `${JSON.stringify(await exportBackup(ctx), null, 2)}\n`,
      };
    case "csv":
      return {
        fileName: `inroads-people-${day}.csv`,
        contentType: "text/csv; charset=utf-8",
        body: writePeopleCsv(await peopleAsContacts(ctx)),
      };
    case "vcard":
      return {
        fileName: `inroads-people-${day}.vcf`,
        contentType: "text/vcard; charset=utf-8",
        body: writeVCards(await peopleAsContacts(ctx), options.vcardVersion ?? "4.0"),
      };
    case "ics":
      return {
        fileName: "inroads.ics",
        contentType: "text/calendar; charset=utf-8",
        body: await buildCalendar(ctx),
      };
  }
}
