// Import, export and calendar links as the web app sees them. An import sends the whole file as
// text inside JSON; it goes through XMLHttpRequest rather than fetch because only XHR reports how
// much of the upload has been sent, which the progress bar shows.
import { ApiError, offlineError, problemFromText } from "./client";

export const IMPORT_FORMATS = ["linkedin", "google", "outlook", "vcard", "backup", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Field → column name, for a CSV whose columns Inroads does not know. */
export type ColumnMapping = Record<string, string>;

export interface ImportRequest {
  fileName: string;
  content: string;
  format?: ImportFormat;
  mapping?: ColumnMapping;
}

export interface ImportCounts {
  new: number;
  updated: number;
  duplicate: number;
  skipped: number;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export type RowAction = "new" | "update" | "duplicate";

export interface RowOutcome {
  line: number;
  action: RowAction;
  fullName: string;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  profileUrl: string | null;
}

export interface CsvColumns {
  headers: string[];
  headerLine: number;
  /** The first data rows, each as long as the header. */
  sample: string[][];
  needsMapping: boolean;
  /** The fields a column can be mapped to, as the API declares them. */
  fields: string[];
}

export interface ImportResult {
  format: ImportFormat;
  applied: boolean;
  counts: ImportCounts;
  skipped: SkippedRow[];
  organizationsCreated: number;
  sample: RowOutcome[];
  csv?: CsvColumns;
  /** For a backup: rows of each kind ("people", "follow-ups"…). */
  tables?: Record<string, number>;
}

/** How far a request has got: the upload in bytes, then the server's own work. */
export type TransferProgress =
  | { phase: "sending"; sent: number; total: number }
  | { phase: "working" };

/** POSTs JSON and reports upload progress; rejects with ApiError like the other calls. */
export function postWithProgress<T>(
  path: string,
  body: unknown,
  onProgress: (progress: TransferProgress) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("content-type", "application/json");
    // Upload listeners must be in place before send(), or the browser never fires them.
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) {
        onProgress({ phase: "sending", sent: event.loaded, total: event.total });
      }
    });
    xhr.upload.addEventListener("load", () => onProgress({ phase: "working" }));
    xhr.addEventListener("load", () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(
            new ApiError(xhr.status, "Unreadable answer", "The server's answer was not JSON.", []),
          );
        }
      } else {
        reject(problemFromText(xhr.status, xhr.statusText, xhr.responseText));
      }
    });
    xhr.addEventListener("error", () => reject(offlineError()));
    xhr.addEventListener("abort", () => reject(new DOMException("Cancelled", "AbortError")));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(JSON.stringify(body));
  });
}

export function previewImport(
  request: ImportRequest,
  onProgress: (progress: TransferProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  return postWithProgress<ImportResult>("/api/import/preview", request, onProgress, signal);
}

export function runImport(
  request: ImportRequest,
  onProgress: (progress: TransferProgress) => void,
): Promise<ImportResult> {
  return postWithProgress<ImportResult>("/api/import", request, onProgress);
}

export interface CalendarFeed {
  id: string;
  createdAt: string;
  revokedAt: string | null;
  active: boolean;
}

/** The answer to creating a feed: the only time its secret link is ever shown. */
export interface NewCalendarFeed extends CalendarFeed {
  url: string;
  token: string;
}

export type ExportKind = "json" | "csv" | "vcard" | "ics";

export function exportHref(kind: ExportKind, vcardVersion?: "3.0" | "4.0"): string {
  return vcardVersion ? `/api/export/${kind}?version=${vcardVersion}` : `/api/export/${kind}`;
}
