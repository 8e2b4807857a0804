// The import as steps: choose a file → preview what it would do (the format, the encoding and a
// CSV's separator guessed, or the ones picked; a CSV of unknown columns mapped first) → import
// → summary. A preview changes nothing, so it runs again whenever a choice changes; only
// "import" writes.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CsvDelimiter } from "../../../formats/csv/delimiter.js";
import type { TextEncoding } from "../../../formats/text/encodings.js";
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
import { type LoadedFile, readChosenFile } from "./readChosenFile";

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
  /** How to read the bytes, when the user overrules the guess; null while it stands. */
  reading: Reading;
  /** The last preview that worked: its columns stay on screen while a new one runs. */
  preview: ImportResult | null;
  choose(file: File): void;
  chooseFormat(format: ImportFormat | null): void;
  applyMapping(mapping: ColumnMapping): void;
  chooseReading(reading: Reading): void;
  importNow(): void;
  reset(): void;
}

export interface Reading {
  encoding: TextEncoding | null;
  delimiter: CsvDelimiter | null;
}

const GUESSED: Reading = { encoding: null, delimiter: null };

interface Choices {
  format: ImportFormat | null;
  mapping: ColumnMapping | null;
  reading: Reading;
}

function requestFor(file: LoadedFile, { format, mapping, reading }: Choices): ImportRequest {
  const request: ImportRequest = { fileName: file.name, contentBase64: file.base64 };
  if (format !== null) request.format = format;
  if (mapping !== null && Object.keys(mapping).length > 0) request.mapping = mapping;
  if (reading.encoding !== null) request.encoding = reading.encoding;
  if (reading.delimiter !== null) request.delimiter = reading.delimiter;
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
  const [reading, setReading] = useState<Reading>(GUESSED);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  // Only the newest preview may land: choosing another file or format cancels the one in flight.
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  const runPreview = useCallback(async (loaded: LoadedFile, choices: Choices) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setStage({ step: "busy", task: "preview", progress: null });
    try {
      const result = await previewImport(
        requestFor(loaded, choices),
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
  }, []);

  const choose = useCallback(
    async (chosen: File) => {
      inFlight.current?.abort();
      setFormat(null);
      setMapping(null);
      setReading(GUESSED);
      setPreview(null);
      setStage({ step: "busy", task: "reading", progress: null });
      let loaded: LoadedFile;
      try {
        loaded = await readChosenFile(chosen);
      } catch (error) {
        setFile(null);
        setStage({ step: "failed", task: "reading", error });
        return;
      }
      setFile(loaded);
      await runPreview(loaded, { format: null, mapping: null, reading: GUESSED });
    },
    [runPreview],
  );

  const chooseFormat = useCallback(
    (picked: ImportFormat | null) => {
      setFormat(picked);
      // A mapping belongs to the plain-CSV reading of the file; another format has none.
      setMapping(null);
      setPreview(null);
      if (file) void runPreview(file, { format: picked, mapping: null, reading });
    },
    [file, reading, runPreview],
  );

  const applyMapping = useCallback(
    (next: ColumnMapping) => {
      setMapping(next);
      if (file) void runPreview(file, { format, mapping: next, reading });
    },
    [file, format, reading, runPreview],
  );

  const chooseReading = useCallback(
    (next: Reading) => {
      setReading(next);
      // Columns read with another separator or encoding are other columns: map them again.
      setMapping(null);
      if (file) void runPreview(file, { format, mapping: null, reading: next });
    },
    [file, format, runPreview],
  );

  const importNow = useCallback(async () => {
    if (!file) return;
    inFlight.current?.abort();
    setStage({ step: "busy", task: "import", progress: null });
    try {
      const result = await runImport(requestFor(file, { format, mapping, reading }), (progress) =>
        setStage({ step: "busy", task: "import", progress }),
      );
      setStage({ step: "done", result });
      await Promise.all(imported.map((queryKey) => client.invalidateQueries({ queryKey })));
    } catch (error) {
      setStage({ step: "failed", task: "import", error });
    }
  }, [client, file, format, mapping, reading]);

  const reset = useCallback(() => {
    inFlight.current?.abort();
    setFile(null);
    setFormat(null);
    setMapping(null);
    setReading(GUESSED);
    setPreview(null);
    setStage({ step: "choose" });
  }, []);

  return {
    stage,
    file,
    format,
    mapping,
    reading,
    preview,
    choose: (f) => void choose(f),
    chooseFormat,
    applyMapping,
    chooseReading,
    importNow: () => void importNow(),
    reset,
  };
}
