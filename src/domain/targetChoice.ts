// Which target a new conversation serves. Coverage and the pitch follow from it, so a seeker with
// two targets must not see every conversation filed under the first.
export interface TargetFacts {
  id: string;
  active: boolean;
  industryId: string | null;
  organizationIds: readonly string[];
}

export interface PersonFacts {
  organizationId: string | null;
  industryId: string | null;
  /** The industry of the person's organization, when it has one. */
  organizationIndustryId?: string | null;
}

/**
 * The sensible default: an active target aimed at the person's organization, else one in their
 * industry, else the target the seeker used last, else the first active one.
 */
export function suggestTarget(
  person: PersonFacts,
  targets: readonly TargetFacts[],
  lastUsedTargetId: string | null,
): string | null {
  const active = targets.filter((t) => t.active);
  const byOrganization = person.organizationId
    ? active.find((t) => t.organizationIds.includes(person.organizationId as string))
    : undefined;
  if (byOrganization) return byOrganization.id;
  const industries = [person.industryId, person.organizationIndustryId].filter((id): id is string =>
    Boolean(id),
  );
  const byIndustry = active.find((t) => t.industryId && industries.includes(t.industryId));
  if (byIndustry) return byIndustry.id;
  const last = active.find((t) => t.id === lastUsedTargetId);
  if (last) return last.id;
  return active[0]?.id ?? null;
}
