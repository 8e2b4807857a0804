// Writes an import plan inside the caller's transaction: the organizations it names (created
// when missing), new people in chunked INSERTs with their search text, and the additions to
// people already known. Either all of it lands or, on any error, none of it.

import { insertInChunks, type SearchEntry, writeSearchEntries } from "../../store/bulk.js";
import { newId } from "../../store/ids.js";
import { personSearchText } from "../../store/peopleSearch.js";
import type { PersonTable } from "../../store/schema.js";
import { entityToRow } from "../../store/tableSpec.js";
import type { AppContext, Tx } from "../context.js";
import { personResource } from "../entities/person.js";
import type { IncomingPerson, PersonFacts } from "./incomingPerson.js";
import { loadOrganizationIds } from "./knownPeople.js";
import { organizationKey } from "./normalise.js";
import type { ImportPlan } from "./planImport.js";

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

/** Names the plan needs that the owner has no organization for yet. */
export async function missingOrganizations(
  ctx: AppContext,
  tx: Tx,
  plan: ImportPlan,
): Promise<{ ids: Map<string, string>; missing: Map<string, string> }> {
  const ids = await loadOrganizationIds(tx, ctx.ownerId);
  const missing = new Map([...organizationNames(plan)].filter(([key]) => !ids.has(key)));
  return { ids, missing };
}

function searchText(person: PersonFacts): string {
  return personSearchText({
    fullName: person.fullName,
    title: person.title,
    organizationName: person.organizationName,
    emails: person.emails,
    tags: person.tags,
    notes: person.notes,
  });
}

/**
 * A new person's row, written out column by column: at tens of thousands of rows the generic
 * entity-to-row mapping was a noticeable share of an import's time.
 */
function newPersonRow(
  ownerId: string,
  id: string,
  person: IncomingPerson,
  organizationId: string | null,
  searchText: string,
  now: string,
): PersonTable {
  return {
    id,
    owner_id: ownerId,
    full_name: person.fullName,
    name_note: "",
    title: person.title,
    organization_id: organizationId,
    industry_id: null,
    emails: JSON.stringify(person.emails),
    phones: JSON.stringify(person.phones),
    mailing_address: person.mailingAddress,
    profile_url: person.profileUrl,
    how_known: person.howKnown,
    degree: person.degree,
    roles: "[]",
    hiring_power: 0,
    referred_by_id: null,
    priority: "B",
    tags: JSON.stringify(person.tags),
    notes: person.notes,
    keep_in_touch_days: null,
    stage: null,
    last_contact_at: null,
    search_text: searchText,
    created_at: now,
    updated_at: now,
  };
}

function organizationId(ids: Map<string, string>, name: string | null | undefined): string | null {
  return name ? (ids.get(organizationKey(name)) ?? null) : null;
}

export async function applyImport(
  ctx: AppContext,
  tx: Tx,
  plan: ImportPlan,
): Promise<{ organizationsCreated: number }> {
  const now = ctx.clock.now();
  const { ids, missing } = await missingOrganizations(ctx, tx, plan);
  const organizations = [...missing].map(([key, name]) => {
    const id = newId();
    ids.set(key, id);
    return {
      id,
      owner_id: ctx.ownerId,
      name,
      industry_id: null,
      relation: "other",
      website: null,
      notes: "",
      created_at: now,
      updated_at: now,
    };
  });
  await insertInChunks(tx, "organizations", organizations, ctx.store.sqlite);

  const created: SearchEntry[] = [];
  const rows = plan.creates.map((person) => {
    const id = newId();
    const text = searchText(person);
    created.push({ personId: id, text });
    return newPersonRow(
      ctx.ownerId,
      id,
      person,
      organizationId(ids, person.organizationName),
      text,
      now,
    );
  });
  await insertInChunks(tx, "people", rows, ctx.store.sqlite);
  await writeSearchEntries(
    tx,
    ctx.store.engine,
    ctx.ownerId,
    created,
    { replace: false },
    ctx.store.sqlite,
  );

  const updated: SearchEntry[] = [];
  for (const { id, changes, person } of plan.updates) {
    const { organizationName, ...fields } = changes;
    const values =
      organizationName === undefined
        ? fields
        : { ...fields, organizationId: organizationId(ids, organizationName) };
    const text = searchText(person);
    updated.push({ personId: id, text });
    await tx
      .updateTable("people")
      .set({ ...entityToRow(personResource, values), search_text: text, updated_at: now })
      .where("owner_id", "=", ctx.ownerId)
      .where("id", "=", id)
      .execute();
  }
  await writeSearchEntries(
    tx,
    ctx.store.engine,
    ctx.ownerId,
    updated,
    { replace: true },
    ctx.store.sqlite,
  );
  return { organizationsCreated: organizations.length };
}
