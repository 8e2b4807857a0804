// The duplicate rules. Two records are the same person when they share an email address or a
// profile on a social or professional site; only when neither has either do a normalised name
// and organization decide, because "Ana Souza at Acme" is a weak hint beside an address that
// reaches one inbox. A company's website is shared by everyone who works there, so it never
// identifies anyone, and two records that both have e-mail addresses but none in common are
// two people whatever else they share. A uid our own export wrote (the person's id) is the
// person's identity itself, so it decides before anything else.
import { isSocialProfileUrl } from "../../formats/index.js";
import { emailKey, nameOrganizationKey, profileKey } from "./normalise.js";

export interface Identity {
  /** An existing person's id, or the uid a file gave the record. */
  uid: string | null;
  emails: readonly string[];
  profileUrl: string | null;
  fullName: string;
  organizationName: string | null;
}

/** The key of a profile that identifies a person, or null for none or another kind of page. */
function socialKey(identity: Identity): string | null {
  const url = identity.profileUrl ?? "";
  return url !== "" && isSocialProfileUrl(url) ? profileKey(url) : null;
}

function hasContactKey(identity: Identity): boolean {
  return identity.emails.length > 0 || socialKey(identity) !== null;
}

/** The rule between two records, as a plain predicate; `PeopleIndex` applies it at scale. */
export function samePerson(a: Identity, b: Identity): boolean {
  if (a.uid !== null && a.uid === b.uid) return true;
  if (hasContactKey(a) || hasContactKey(b)) {
    const emails = new Set(a.emails.map(emailKey));
    if (b.emails.some((email) => emails.has(emailKey(email)))) return true;
    if (a.emails.length > 0 && b.emails.length > 0) return false;
    const profile = socialKey(a);
    return profile !== null && profile === socialKey(b);
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
  /** Every entry with a profile, in the order added: which one fits depends on the e-mails. */
  private readonly byProfile = new Map<string, Set<T>>();
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
    const profile = socialKey(identity);
    if (profile !== null) {
      const entries = this.byProfile.get(profile) ?? new Set<T>();
      entries.add(entry);
      this.byProfile.set(profile, entries);
    }
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
      const profile = socialKey(candidate);
      if (profile === null) return undefined;
      for (const entry of this.byProfile.get(profile) ?? []) {
        // Addresses on both sides and none shared: two people on one profile link, not one.
        if (candidate.emails.length === 0 || this.identityOf(entry).emails.length === 0) {
          return entry;
        }
      }
      return undefined;
    }
    const key = nameOrganizationKey(candidate.fullName, candidate.organizationName);
    // An entry may have gained an email since it was indexed; then the name is no longer enough.
    for (const entry of this.byNameOrg.get(key) ?? []) {
      if (!hasContactKey(this.identityOf(entry))) return entry;
    }
    return undefined;
  }
}
