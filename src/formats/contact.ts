// The neutral shape every reader produces and every contact writer takes. Readers know file
// formats, not the practice: turning a record into a person is the application layer's job.

export type ContactSource = "linkedin" | "google" | "outlook" | "vcard" | "csv";

export interface LabelledValue {
  value: string;
  /** Free text as the source wrote it ("work", "Mobile", "home fax"); absent when none. */
  label?: string;
}

export interface PostalAddress {
  label?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/**
 * One contact as read from a file. Readers trim every value and leave out empty ones, so an
 * optional field is either absent or non-empty.
 */
export interface ContactRecord {
  /**
   * "organization" for an entry that names a business and no person (a shop, a reception
   * desk): then `fullName` is the organization's name. Absent for a person.
   */
  kind?: "organization";
  fullName: string;
  /** The structured name's parts, as the source gave them ("Dr.", "Maya", "R.", "Patel", "Jr."). */
  namePrefix?: string;
  givenName?: string;
  middleName?: string;
  familyName?: string;
  nameSuffix?: string;
  title?: string;
  organization?: string;
  emails: LabelledValue[];
  phones: LabelledValue[];
  addresses: PostalAddress[];
  /** A profile on a social or professional site: the one URL that identifies a person. */
  profileUrl?: string;
  /** Other web pages (a company's site, a blog): kept, never used to match people. */
  websites?: string[];
  notes?: string;
  /** YYYY-MM-DD. */
  connectedOn?: string;
  /** The source's text, kept when it did not parse as a date so nothing is silently lost. */
  connectedOnRaw?: string;
  /** Groups, labels or categories. */
  labels?: string[];
  /** A stable identity the source gave the contact (vCard UID), used to match on re-import. */
  uid?: string;
  source: ContactSource;
  /** 1-based line in the file where the record starts. */
  line: number;
}

/** A row or card the reader passed over, with the reason a person can act on. */
export interface SkippedEntry {
  line: number;
  reason: string;
}

export interface ContactReadResult {
  records: ContactRecord[];
  skipped: SkippedEntry[];
}

/**
 * The only error a reader throws: the file as a whole cannot be read (no header, an unclosed
 * quote, no vCard at all). Row-level problems become `skipped` entries instead.
 */
export class FormatError extends Error {
  override readonly name = "FormatError";
  readonly line: number | null;
  readonly field?: string;

  constructor(message: string, line: number | null, field?: string) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.line = line;
    if (field !== undefined) this.field = field;
  }
}
