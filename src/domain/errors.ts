// Typed errors of the practice. The server turns them into problem+json responses and the CLI
// into one line; both read `field` to say what the user has to fix.

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `emails.0` or `status`. */
  field: string;
  message: string;
}

/** The input breaks a rule; nothing was changed. */
export class RuleViolation extends Error {
  override readonly name = "RuleViolation";
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** A record the caller named does not exist for this owner. */
export class NotFound extends Error {
  override readonly name = "NotFound";
  /** The field that named it: `id` for a path, `token` for a link's secret. */
  readonly field: string;
  constructor(
    readonly entity: string,
    readonly id: string,
    options: { field?: string; message?: string } = {},
  ) {
    super(options.message ?? `${entity} ${id} not found`);
    this.field = options.field ?? "id";
  }
}

/** The change conflicts with the current state (e.g. a pipeline step that is not allowed now). */
export class Conflict extends Error {
  override readonly name = "Conflict";
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * The database stayed busy with another process's write past every wait and retry (a CLI import
 * beside the server, two servers on one file). Nothing was changed; the same request will work
 * once that write is done.
 */
export class TryAgainLater extends Error {
  override readonly name = "TryAgainLater";
  constructor(readonly retryAfterSeconds = 2) {
    super("The database is busy with another write; nothing was changed. Try again shortly.");
  }
}
