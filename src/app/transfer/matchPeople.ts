// The duplicate rules. Two records are the same person when they share an email address or a
// profile URL; only when neither has either do a normalised name and organization decide,
// because "Ana Souza at Acme" is a weak hint beside an address that reaches one inbox. A uid
// our own export wrote (the person's id) identifies the person before anything else.
import { emailKey, nameOrganizationKey, profileKey } from "./normalise.js";

export interface Identity {
  /** An existing person's id, or the uid a file gave the record. */
  uid: string | null;
  emails: readonly string[];
  profileUrl: string | null;
  fullName: string;
  organizationName: string | null;
}

function hasContactKey(identity: Identity): boolean {
  return identity.emails.length > 0 || (identity.profileUrl ?? "") !== "";
}

/** The rule between two records, as a plain predicate; `PeopleIndex` applies it at scale. */
export function samePerson(a: Identity, b: Identity): boolean {
  if (a.uid !== null && a.uid === b.uid) return true;
  if (hasContactKey(a) || hasContactKey(b)) {
    const emails = new Set(a.emails.map(emailKey));
    if (b.emails.some((email) => emails.has(emailKey(email)))) return true;
    return (
      a.profileUrl !== null &&
      b.profileUrl !== null &&
      profileKey(a.profileUrl) === profileKey(b.profileUrl)
    );
  }
  return (
    nameOrganizationKey(a.fullName, a.organizationName) ===
    nameOrganizationKey(b.fullName, b.organizationName)
  );
}

/**
 * Finds, among many people, the one a record names, in constant time per record. Entries may
 * change after they are added (a merge gives them an email); call `add` again to index the new
 * keys. When two entries share a key, the first one added keeps it.
 */
export class PeopleIndex<T> {
  private readonly byUid = new Map<string, T>();
  private readonly byEmail = new Map<string, T>();
  private readonly byProfile = new Map<string, T>();
  /** Every entry without an email or profile, by name and organization, in the order added. */
  private readonly byNameOrg = new Map<string, Set<T>>();

  constructor(private readonly identityOf: (entry: T) => Identity) {}

  add(entry: T): void {
    const identity = this.identityOf(entry);
    const keep = (map: Map<string, T>, key: string) => {
      if (!map.has(key)) map.set(key, entry);
    };
    if (identity.uid !== null) keep(this.byUid, identity.uid);
    for (const email of identity.emails) keep(this.byEmail, emailKey(email));
    if (identity.profileUrl) keep(this.byProfile, profileKey(identity.profileUrl));
    if (!hasContactKey(identity)) {
      const key = nameOrganizationKey(identity.fullName, identity.organizationName);
      const entries = this.byNameOrg.get(key) ?? new Set<T>();
      entries.add(entry);
      this.byNameOrg.set(key, entries);
    }
  }

  find(candidate: Identity): T | undefined {
    if (candidate.uid !== null) {
      const byUid = this.byUid.get(candidate.uid);
      if (byUid !== undefined) return byUid;
    }
    if (hasContactKey(candidate)) {
      for (const email of candidate.emails) {
        const found = this.byEmail.get(emailKey(email));
        if (found !== undefined) return found;
      }
      return candidate.profileUrl
        ? this.byProfile.get(profileKey(candidate.profileUrl))
        : undefined;
    }
    const key = nameOrganizationKey(candidate.fullName, candidate.organizationName);
    // An entry may have gained an email since it was indexed; then the name is no longer enough.
    for (const entry of this.byNameOrg.get(key) ?? []) {
      if (!hasContactKey(this.identityOf(entry))) return entry;
    }
    return undefined;
  }
}
