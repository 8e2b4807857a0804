// The import as steps: choose a file → preview what it would do (the format guessed, or the
// one picked; a CSV of unknown columns mapped first) → import → summary. A preview changes
// nothing, so it runs again whenever the format or the mapping changes; only "import" writes.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  type ColumnMapping,
  type ImportFormat,
  type ImportRequest,
  type ImportResult,
  imported,
  previewImport,
  runImport,
  type TransferProgress,
} from "../../api/transfer";
import { type LoadedFile, readFileText } from "./readFileText";

export type ImportTask = "reading" | "preview" | "import";

export type ImportStage =
  | { step: "choose" }
  | { step: "busy"; task: ImportTask; progress: TransferProgress | null }
  | { step: "preview"; result: ImportResult }
  | { step: "done"; result: ImportResult }
  | { step: "failed"; task: ImportTask; error: unknown };

export interface ImportFlow {
  stage: ImportStage;
  file: LoadedFile | null;
  /** The format the user picked; null while the server's guess stands. */
  format: ImportFormat | null;
  /** The column mapping last previewed with, for a CSV of unknown columns. */
  mapping: ColumnMapping | null;
  /** The last preview that worked: its columns stay on screen while a new one runs. */
  preview: ImportResult | null;
  choose(file: File): void;
  chooseFormat(format: ImportFormat | null): void;
  applyMapping(mapping: ColumnMapping): void;
  importNow(): void;
  reset(): void;
}

function requestFor(
  file: LoadedFile,
  format: ImportFormat | null,
  mapping: ColumnMapping | null,
): ImportRequest {
  const request: ImportRequest = { fileName: file.name, content: file.content };
  if (format !== null) request.format = format;
  if (mapping !== null && Object.keys(mapping).length > 0) request.mapping = mapping;
  return request;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

export function useImport(): ImportFlow {
  const client = useQueryClient();
  const [stage, setStage] = useState<ImportStage>({ step: "choose" });
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [format, setFormat] = useState<ImportFormat | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  // Only the newest preview may land: choosing another file or format cancels the one in flight.
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  const runPreview = useCallback(
    async (loaded: LoadedFile, pickedFormat: ImportFormat | null, map: ColumnMapping | null) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setStage({ step: "busy", task: "preview", progress: null });
      try {
        const result = await previewImport(
          requestFor(loaded, pickedFormat, map),
          (progress) => {
            if (!controller.signal.aborted) setStage({ step: "busy", task: "preview", progress });
          },
          controller.signal,
        );
        if (controller.signal.aborted) return;
        setPreview(result);
        setStage({ step: "preview", result });
      } catch (error) {
        if (isAbort(error) || controller.signal.aborted) return;
        setStage({ step: "failed", task: "preview", error });
      }
    },
    [],
  );

  const choose = useCallback(
    async (chosen: File) => {
      inFlight.current?.abort();
      setFormat(null);
      setMapping(null);
      setPreview(null);
      setStage({ step: "busy", task: "reading", progress: null });
      let loaded: LoadedFile;
      try {
        loaded = await readFileText(chosen);
      } catch (error) {
        setFile(null);
        setStage({ step: "failed", task: "reading", error });
        return;
      }
      setFile(loaded);
      await runPreview(loaded, null, null);
    },
    [runPreview],
  );

  const chooseFormat = useCallback(
    (picked: ImportFormat | null) => {
      setFormat(picked);
      // A mapping belongs to the plain-CSV reading of the file; another format has none.
      setMapping(null);
      setPreview(null);
      if (file) void runPreview(file, picked, null);
    },
    [file, runPreview],
  );

  const applyMapping = useCallback(
    (next: ColumnMapping) => {
      setMapping(next);
      if (file) void runPreview(file, format, next);
    },
    [file, format, runPreview],
  );

  const importNow = useCallback(async () => {
    if (!file) return;
    inFlight.current?.abort();
    setStage({ step: "busy", task: "import", progress: null });
    try {
      const result = await runImport(requestFor(file, format, mapping), (progress) =>
        setStage({ step: "busy", task: "import", progress }),
      );
      setStage({ step: "done", result });
      await Promise.all(imported.map((queryKey) => client.invalidateQueries({ queryKey })));
    } catch (error) {
      setStage({ step: "failed", task: "import", error });
    }
  }, [client, file, format, mapping]);

  const reset = useCallback(() => {
    inFlight.current?.abort();
    setFile(null);
    setFormat(null);
    setMapping(null);
    setPreview(null);
    setStage({ step: "choose" });
  }, []);

  return {
    stage,
    file,
    format,
    mapping,
    preview,
    choose: (f) => void choose(f),
    chooseFormat,
    applyMapping,
    importNow: () => void importNow(),
    reset,
  };
}
