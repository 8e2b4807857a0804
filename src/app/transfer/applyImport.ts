// Writes an import plan inside the caller's transaction: the organizations it names (created
// when missing), new people in chunked INSERTs with their search text, and the additions to
// people already known. Either all of it lands or, on any error, none of it.

import { newId } from "../../store/ids.js";
import {
  insertNamedOrganizations,
  updateImportedOrganizations,
} from "../../store/repositories/organizations.repository.js";
import {
  insertImportedPeople,
  updateImportedPeople,
} from "../../store/repositories/peopleWrite.repository.js";
import type { AppContext, Tx } from "../context.js";
import { personResource } from "../entities/person.js";
import { loadOrganizationIds } from "./knownPeople.js";
import { organizationKey } from "./normalise.js";
import type { ImportPlan } from "./planImport.js";
import type { OrganizationPlan } from "./planOrganizations.js";

/** The organization names a plan links people to, first spelling of each name kept. */
export function organizationNames(plan: ImportPlan): Map<string, string> {
  const names = new Map<string, string>();
  const note = (name: string | null | undefined) => {
    if (name && !names.has(organizationKey(name))) names.set(organizationKey(name), name);
  };
  for (const person of plan.creates) note(person.organizationName);
  for (const update of plan.updates) note(update.changes.organizationName);
  return names;
}

/**
 * Names the plan's people need that the owner has no organization for yet, and that the file's
 * own organization entries do not create either.
 */
export async function missingOrganizations(
  ctx: AppContext,
  tx: Tx,
  plan: ImportPlan,
  organizations: OrganizationPlan,
): Promise<{ ids: Map<string, string>; missing: Map<string, string> }> {
  const ids = await loadOrganizationIds(tx, ctx.ownerId);
  const entries = new Set(organizations.creates.map((entry) => organizationKey(entry.name)));
  const missing = new Map(
    [...organizationNames(plan)].filter(([key]) => !ids.has(key) && !entries.has(key)),
  );
  return { ids, missing };
}

function organizationId(ids: Map<string, string>, name: string | null | undefined): string | null {
  return name ? (ids.get(organizationKey(name)) ?? null) : null;
}

export async function applyImport(
  ctx: AppContext,
  tx: Tx,
  plan: ImportPlan,
  organizationPlan: OrganizationPlan,
): Promise<{ organizationsCreated: number }> {
  const now = ctx.clock.now();
  const { ids, missing } = await missingOrganizations(ctx, tx, plan, organizationPlan);
  const entries = organizationPlan.creates.map(({ name, website, notes }) => {
    const id = newId();
    ids.set(organizationKey(name), id);
    return { id, name, website, notes };
  });
  const organizations = [
    ...entries,
    ...[...missing].map(([key, name]) => {
      const id = newId();
      ids.set(key, id);
      return { id, name };
    }),
  ];
  await insertNamedOrganizations(tx, ctx.ownerId, organizations, now);
  await updateImportedOrganizations(tx, ctx.ownerId, organizationPlan.updates, now);

  await insertImportedPeople(
    tx,
    ctx.ownerId,
    plan.creates.map((person) => ({
      id: newId(),
      person,
      organizationId: organizationId(ids, person.organizationName),
    })),
    now,
  );
  await updateImportedPeople(
    tx,
    personResource,
    ctx.ownerId,
    plan.updates.map(({ id, changes, person }) => {
      const { organizationName, ...fields } = changes;
      const values =
        organizationName === undefined
          ? fields
          : { ...fields, organizationId: organizationId(ids, organizationName) };
      return { id, values, person };
    }),
    now,
  );
  return { organizationsCreated: organizations.length };
}
