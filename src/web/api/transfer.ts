// Import, export and calendar links as the web app sees them. An import sends the whole file (its
// bytes, in base64) inside JSON; it goes through XMLHttpRequest rather than fetch because only
// XHR reports how much of the upload has been sent, which the progress bar shows.
import { useQuery } from "@tanstack/react-query";
import type { ExportKind } from "../../app/transfer/kinds.js";
import { ApiError, api, offlineError, problemFromText } from "./client";
import { everything, roots, type Stale } from "./keys";
import type { CalendarFeed, ImportRequest, ImportResult, NewCalendarFeed } from "./types";

export {
  EXPORT_KINDS,
  type ExportKind,
  IMPORT_FORMATS,
  type ImportFormat,
} from "../../app/transfer/kinds.js";
export type {
  CalendarFeed,
  CsvColumns,
  ImportCounts,
  ImportRequest,
  ImportResult,
  NewCalendarFeed,
  RowAction,
  RowOutcome,
  SkippedRow,
} from "./types";

/** Field → column name, for a CSV whose columns Inroads does not know (the API names the fields). */
export type ColumnMapping = Record<string, string>;

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

export const calendarFeedKeys = { list: roots.calendarFeeds };

export const useCalendarFeeds = () =>
  useQuery({
    queryKey: calendarFeedKeys.list,
    // Newest first.
    queryFn: async () =>
      (await api.get<{ items: CalendarFeed[] }>("/api/calendar-feeds")).items.toReversed(),
  });

export const createCalendarFeed = () => api.post<NewCalendarFeed>("/api/calendar-feeds", {});

export const revokeCalendarFeed = (id: string) =>
  api.post<CalendarFeed>(`/api/calendar-feeds/${id}/revoke`, {});

export const calendarFeedChanged: Stale = [roots.calendarFeeds];

/** An import adds people and organizations; restoring a backup fills every table. */
export const imported: Stale = everything;

export function exportHref(kind: ExportKind, vcardVersion?: "3.0" | "4.0"): string {
  return vcardVersion ? `/api/export/${kind}?version=${vcardVersion}` : `/api/export/${kind}`;
}
