// SQLite's FTS rows are numbered by owner (src/store/searchRows.ts): each person has exactly
// one row, whose number people.search_rowid keeps, so an edit replaces that row and no other;
// a search reads only the owner's range; an owner's rows go with the owner; and migration 0013
// numbers the rows of a database made before it.
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { handleFor } from "../../src/store/handle.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { deleteOwner } from "../../src/store/repositories/accounts.repository.js";
import { testApi } from "../support/api.js";
import { setupApp } from "../support/setupApp.js";
import { linkedInConnections } from "../support/transferFiles.js";

const ROWS_PER_OWNER = 2 ** 32;

describe("SQLite's search rows, numbered by owner", () => {
  const subject = setupApp("sqlite");
  const { api } = subject;
  const db = () => subject.app.ctx.store.db;

  /** Every FTS row beside its person: the same name, and the number the person keeps. */
  async function rowsMatchPeople(ownerId: string): Promise<number> {
    const fts = await db()
      .selectFrom("people_fts")
      .select(["rowid", "person_id", "full_name"])
      .where("owner_id", "=", ownerId)
      .orderBy("person_id")
      .execute();
    const people = await db()
      .selectFrom("people")
      .select(["id", "full_name", "search_rowid"])
      .where("owner_id", "=", ownerId)
      .orderBy("id")
      .execute();
    expect(fts.map((r) => [r.person_id, r.full_name, r.rowid])).toEqual(
      people.map((p) => [p.id, p.full_name, p.search_rowid]),
    );
    const owner = await db()
      .selectFrom("owners")
      .select("search_key")
      .where("id", "=", ownerId)
      .executeTakeFirstOrThrow();
    for (const row of fts) {
      expect(Math.floor(row.rowid / ROWS_PER_OWNER)).toBe(owner.search_key);
    }
    return fts.length;
  }

  async function found(q: string, client = api): Promise<string[]> {
    const answer = await client.get(`/api/people?q=${encodeURIComponent(q)}`);
    expect(answer.status).toBe(200);
    return answer.body.items.map((p: { fullName: string }) => p.fullName);
  }

  it("keeps one row a person through edits, imports, re-imports and removals", async () => {
    const ada = await api.post("/api/people", { fullName: "Ada Quillfeather" });
    const bo = await api.post("/api/people", { fullName: "Bo Quillfeather" });
    await api.patch(`/api/people/${ada.body.id}`, { fullName: "Ada Lindqvist" });
    await api.patch(`/api/people/${ada.body.id}`, { notes: "met at the harbour fair" });
    const imported = await api.post("/api/import", {
      fileName: "Connections.csv",
      content: linkedInConnections(30),
    });
    expect(imported.body.counts).toMatchObject({ new: 30 });
    const again = await api.post("/api/import", {
      fileName: "Connections.csv",
      // The same people, most now with an address: each gains it, and is found by it.
      content: linkedInConnections(30).replace(/(person-(\d+)),,/g, "$1,new$2@example.com,"),
    });
    expect(again.body.counts).toMatchObject({ new: 0, updated: 24 });
    expect((await api.delete(`/api/people/${bo.body.id}`)).status).toBe(204);

    expect(await rowsMatchPeople(subject.app.ctx.ownerId)).toBe(31);
    expect(await found("quillfeather")).toEqual([]);
    expect(await found("lindqvist harbour")).toEqual(["Ada Lindqvist"]);
    expect(await found("new7")).toEqual(["Given7 Family7"]);
    expect((await found("engineer")).length).toBe(30);
  });

  it("finds only the owner's people, and drops an owner's rows with the owner", async () => {
    await db()
      .insertInto("owners")
      .values({ id: "neighbour", name: "Neighbour", created_at: "2026-01-01T00:00:00.000Z" })
      .execute();
    const neighbour = testApi({
      ...subject.app,
      ctx: { ...subject.app.ctx, ownerId: "neighbour" },
    });
    await api.post("/api/people", { fullName: "Marta Vasquez" });
    await neighbour.post("/api/people", { fullName: "Marta Vasquez Two" });
    await neighbour.post("/api/people", { fullName: "Nils Vasquez" });

    expect(await found("vasquez")).toEqual(["Marta Vasquez"]);
    expect(await found("vasquez", neighbour)).toEqual(["Marta Vasquez Two", "Nils Vasquez"]);
    expect(await rowsMatchPeople("neighbour")).toBe(2);

    await deleteOwner(
      handleFor({ db: db(), engine: "sqlite", sqlite: subject.app.ctx.store.sqlite }),
      "neighbour",
    );
    const left = await sql<{
      n: number;
    }>`select count(*) as n from people_fts where owner_id = 'neighbour'`.execute(db());
    expect(left.rows[0]?.n).toBe(0);
    expect(await found("vasquez")).toEqual(["Marta Vasquez"]);
    await rowsMatchPeople(subject.app.ctx.ownerId);
  });
});

describe("migration 0013: search rows numbered by owner", () => {
  it("numbers the rows of people already there and drops rows nobody owns", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before the migration
    const db = new Kysely<any>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(":memory:") }),
    });
    const at = MIGRATIONS.findIndex((m) => m.name === "0013_search_rows_by_owner");
    for (const migration of MIGRATIONS.slice(0, at)) await migration.up(db, "sqlite");
    const now = "2026-11-23T09:00:00.000Z";
    for (const id of ["first", "second"]) {
      await db.insertInto("owners").values({ id, name: id, created_at: now }).execute();
    }
    const person = (id: string, owner: string, name: string) => ({
      id,
      owner_id: owner,
      full_name: name,
      search_text: name.toLowerCase(),
      created_at: now,
      updated_at: now,
    });
    const people = [
      person("p1", "first", "Rosa Ibarra"),
      person("p2", "second", "Rosa Okafor"),
      person("p3", "first", "Tomas Ibarra"),
    ];
    await db.insertInto("people").values(people).execute();
    const ftsRow = (p: (typeof people)[number]) => ({
      person_id: p.id,
      owner_id: p.owner_id,
      full_name: p.full_name,
      search_text: p.search_text,
    });
    await db
      .insertInto("people_fts")
      .values([...people.map(ftsRow), ftsRow(person("gone", "deleted-owner", "Rosa Gone"))])
      .execute();

    await (MIGRATIONS[at] as (typeof MIGRATIONS)[number]).up(db, "sqlite");

    const keys = await db.selectFrom("owners").select(["id", "search_key"]).orderBy("id").execute();
    expect(keys).toEqual([
      { id: "first", search_key: 1 },
      { id: "second", search_key: 2 },
    ]);
    const rows = await db
      .selectFrom("people_fts")
      .select(["rowid", "person_id"])
      .orderBy("rowid")
      .execute();
    expect(rows.map((r) => [r.person_id, Math.floor(r.rowid / ROWS_PER_OWNER)])).toEqual([
      ["p1", 1],
      ["p3", 1],
      ["p2", 2],
    ]);
    const numbers = await db
      .selectFrom("people")
      .select(["id", "search_rowid"])
      .orderBy("id")
      .execute();
    expect(numbers.map((p) => p.search_rowid)).toEqual(
      ["p1", "p2", "p3"].map((id) => rows.find((r) => r.person_id === id)?.rowid),
    );
    const rosaOfFirst = await sql<{ person_id: string }>`select person_id from people_fts
      where people_fts match '"rosa"*' and rowid between ${ROWS_PER_OWNER} and ${2 * ROWS_PER_OWNER - 1}`.execute(
      db,
    );
    expect(rosaOfFirst.rows).toEqual([{ person_id: "p1" }]);
    await db.destroy();
  });
});
