// A file that cannot be read is bad input like any other: it becomes a RuleViolation, which the
// API answers as a 400 naming the line and the CLI prints as one line. Nothing has been written
// when it is thrown, because files are read before the transaction starts.
import { RuleViolation } from "../../domain/errors.js";
import { FormatError } from "../../formats/index.js";
import { jsonSyntaxErrorOffset } from "../../formats/json/syntaxErrorOffset.js";

export function lineIssue(line: number | null, message: string, field = "content") {
  return { field: line === null ? field : `line ${line}`, message };
}

/** FormatError → RuleViolation; any other error passes through unchanged. */
export function asInputError(error: unknown): unknown {
  if (!(error instanceof FormatError)) return error;
  // The message already starts with "line N: "; the issue names the line in its field instead.
  const bare = error.message.replace(/^line \d+: /, "");
  return new RuleViolation(error.message, [lineIssue(error.line, bare, error.field ?? "content")]);
}

/** Runs a reader, turning its FormatError into the error the API and the CLI report. */
export function readingFile<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw asInputError(error);
  }
}

/**
 * The line of a JSON.parse failure, for a message people can use: from the position V8 reports
 * when it does, otherwise from our own scan of the text.
 */
export function jsonErrorLine(text: string, error: SyntaxError): number | null {
  const reported = /position (\d+)/.exec(error.message)?.[1];
  const offset = reported === undefined ? jsonSyntaxErrorOffset(text) : Number(reported);
  if (offset === null) return null;
  return text.slice(0, offset).split("\n").length;
}
