// Every write of a person: create, edit, import and restore. Each keeps the person's search
// text (and SQLite's FTS table) in step with the row in the same transaction, all through
// searchTextOf, so a person is found by the same words however they came in.
import { insertInChunks } from "../bulk.js";
import { dbOf, handleOf, type Tx } from "../handle.js";
import { deleteOne, getById, insertOne, updateOne } from "../ownedRepository.js";
import {
  removeSearchText,
  type SearchablePerson,
  searchTextOf,
  writeSearchText,
} from "../peopleSearch.js";
import type { PersonTable } from "../schema.js";
import { type SearchEntry, writeSearchEntries } from "../searchEntries.js";
import { type Entity, entityToRow, type TableSpec } from "../tableSpec.js";

async function organizationName(tx: Tx, ownerId: string, id: unknown): Promise<string | null> {
  if (typeof id !== "string") return null;
  const row = await dbOf(tx)
    .selectFrom("organizations")
    .select("name")
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.name ?? null;
}

async function indexPerson(tx: Tx, ownerId: string, person: Entity): Promise<void> {
  const text = searchTextOf(person, await organizationName(tx, ownerId, person.organizationId));
  await writeSearchText(tx, ownerId, String(person.id), text, String(person.fullName));
}

export async function insertPerson(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
  values: Entity,
  now: string,
): Promise<Entity> {
  const person = await insertOne(tx, spec, ownerId, id, values, now);
  await indexPerson(tx, ownerId, person);
  return person;
}

/** Undefined when the owner has no such person. */
export async function updatePerson(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
  values: Entity,
  now: string,
): Promise<Entity | undefined> {
  const person = await updateOne(tx, spec, ownerId, id, values, now);
  if (person) await indexPerson(tx, ownerId, person);
  return person;
}

export async function removePerson(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  id: string,
): Promise<boolean> {
  await removeSearchText(tx, ownerId, id);
  return deleteOne(tx, spec, ownerId, id);
}

/** People are found by their organization's name, so renaming it reindexes its people. */
export async function reindexMembers(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  organizationId: string,
): Promise<void> {
  const members = await dbOf(tx)
    .selectFrom("people")
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("organization_id", "=", organizationId)
    .execute();
  for (const member of members) {
    await indexPerson(tx, ownerId, await getById(tx, spec, ownerId, member.id, "person"));
  }
}

/** A person an import creates: the contact's facts, linked to an organization. */
export interface ImportedPerson extends SearchablePerson {
  fullName: string;
  /** The name's parts when the file had them (vCard N, separate name columns). */
  namePrefix?: string | null;
  givenName?: string | null;
  middleName?: string | null;
  familyName?: string | null;
  nameSuffix?: string | null;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  phones: string[];
  mailingAddress: string | null;
  profileUrl: string | null;
  howKnown: string;
  degree: string;
  tags: string[];
  notes: string;
}

/**
 * A new person's row, written out column by column: at tens of thousands of rows the generic
 * entity-to-row mapping was a noticeable share of an import's time.
 */
function newPersonRow(
  ownerId: string,
  id: string,
  person: ImportedPerson,
  organizationId: string | null,
  searchText: string,
  now: string,
): PersonTable {
  return {
    id,
    owner_id: ownerId,
    full_name: person.fullName,
    name_note: "",
    name_prefix: person.namePrefix ?? null,
    given_name: person.givenName ?? null,
    middle_name: person.middleName ?? null,
    family_name: person.familyName ?? null,
    name_suffix: person.nameSuffix ?? null,
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

/** Inserts an import's new people in as few statements as the engine allows. */
export async function insertImportedPeople(
  tx: Tx,
  ownerId: string,
  people: readonly { id: string; person: ImportedPerson; organizationId: string | null }[],
  now: string,
): Promise<void> {
  const { db, sqlite } = handleOf(tx);
  const created: SearchEntry[] = [];
  const rows = people.map(({ id, person, organizationId }) => {
    const text = searchTextOf(person, person.organizationName);
    created.push({ personId: id, fullName: person.fullName, text });
    return newPersonRow(ownerId, id, person, organizationId, text, now);
  });
  await insertInChunks(db, "people", rows, sqlite);
  await writeSearchEntries(tx, ownerId, created, { replace: false });
}

/**
 * Writes what an import adds to people already known: `values` are the changed fields,
 * `person` the person as they will be (for the search text).
 */
export async function updateImportedPeople(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  updates: readonly {
    id: string;
    values: Entity;
    person: SearchablePerson & { organizationName: string | null };
  }[],
  now: string,
): Promise<void> {
  const db = dbOf(tx);
  const updated: SearchEntry[] = [];
  for (const { id, values, person } of updates) {
    const text = searchTextOf(person, person.organizationName);
    updated.push({ personId: id, fullName: String(values.fullName ?? person.fullName), text });
    await db
      .updateTable("people")
      .set({ ...entityToRow(spec, values), search_text: text, updated_at: now })
      .where("owner_id", "=", ownerId)
      .where("id", "=", id)
      .execute();
  }
  await writeSearchEntries(tx, ownerId, updated, { replace: true });
}

/** The row a backup's entity is restored as: its own id and stamps, this owner. */
export function restoredRow(
  spec: TableSpec,
  ownerId: string,
  entity: Entity,
): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: entity.id,
    owner_id: ownerId,
    ...entityToRow(spec, entity),
  };
  if (spec.stamps.created) row.created_at = entity.createdAt;
  if (spec.stamps.updated) row.updated_at = entity.updatedAt;
  return row;
}

/**
 * Restores a backup's people with their search text. Referrers may come later in id order, so
 * the people go in unlinked and the links are returned for `linkReferrers` once everyone is in.
 */
export async function restorePeople(
  tx: Tx,
  spec: TableSpec,
  ownerId: string,
  people: readonly Entity[],
  organizationNames: ReadonlyMap<string, string>,
): Promise<{ id: string; referredById: string }[]> {
  const { db, sqlite } = handleOf(tx);
  const referrers: { id: string; referredById: string }[] = [];
  const search: SearchEntry[] = [];
  const rows = people.map((person) => {
    const row = restoredRow(spec, ownerId, person);
    if (person.referredById)
      referrers.push({ id: String(person.id), referredById: String(person.referredById) });
    row.referred_by_id = null;
    row.search_text = searchTextOf(
      person,
      organizationNames.get(String(person.organizationId)) ?? null,
    );
    search.push({
      personId: String(person.id),
      fullName: String(person.fullName),
      text: String(row.search_text),
    });
    return row;
  });
  await insertInChunks(db, "people", rows, sqlite);
  await writeSearchEntries(tx, ownerId, search, { replace: false });
  return referrers;
}

export async function linkReferrers(
  tx: Tx,
  ownerId: string,
  links: readonly { id: string; referredById: string }[],
): Promise<void> {
  const db = dbOf(tx);
  for (const { id, referredById } of links) {
    await db
      .updateTable("people")
      .set({ referred_by_id: referredById })
      .where("owner_id", "=", ownerId)
      .where("id", "=", id)
      .execute();
  }
}
