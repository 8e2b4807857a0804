// Consent the seeker owns: what a grant lets one member of staff see of one seeker, and when.
// A grant to a program speaks to each of its coaches; a grant to one coach to that coach
// alone. A revoked or expired grant shows nothing, from the next request on.

export const SCOPES = ["progress", "pipeline", "notes", "contacts"] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_MEANINGS: Readonly<Record<Scope, string>> = {
  progress: "counts and rates only",
  pipeline: "Today, conversations and their stages, follow-ups, coverage",
  notes: "preparation, notes and insights",
  contacts: "the names and details of the people you talk to",
};

export const STAFF_ROLES = ["admin", "coach", "analyst"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface GrantTerms {
  programId: string;
  /** null: every coach of the program. */
  coachId: string | null;
  scopes: readonly Scope[];
  expiresAt: string;
  revokedAt: string | null;
}

/** Whether a grant is in force at this instant. */
export function isInForce(
  grant: Pick<GrantTerms, "expiresAt" | "revokedAt">,
  now: string,
): boolean {
  return grant.revokedAt === null && grant.expiresAt > now;
}

/**
 * The scopes one coach of a program holds over one seeker: the union of the seeker's grants in
 * force that speak to this coach. Analysts and admins who do not coach the program hold none.
 */
export function scopesFor(
  grants: readonly GrantTerms[],
  viewer: { userId: string; coachesProgram: boolean },
  programId: string,
  now: string,
): Set<Scope> {
  const held = new Set<Scope>();
  if (!viewer.coachesProgram) return held;
  for (const grant of grants) {
    if (grant.programId !== programId || !isInForce(grant, now)) continue;
    if (grant.coachId !== null && grant.coachId !== viewer.userId) continue;
    for (const scope of grant.scopes) held.add(scope);
  }
  return held;
}

/** Scopes in their fixed order, without repeats: how they are stored and shown. */
export function orderedScopes(scopes: Iterable<Scope>): Scope[] {
  const set = new Set(scopes);
  return SCOPES.filter((scope) => set.has(scope));
}

/**
 * A grant ends by default with the program: the end of its last day in UTC. A later date asked
 * for is cut to that, since the program's staff have no reason to look after it.
 */
export function grantExpiry(programEndsOn: string, requestedOn: string | null): string {
  const chosen = requestedOn !== null && requestedOn < programEndsOn ? requestedOn : programEndsOn;
  return `${chosen}T23:59:59.999Z`;
}
