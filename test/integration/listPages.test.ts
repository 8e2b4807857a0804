// Pages of a long list, read the fast ways: on SQLite a list's total and the positions of its
// pages are remembered until the data changes (pages at any offset start from the nearest
// remembered position), and a search's page is read from the matches or along the name index
// depending on how many match, with a total that stops at a bound unless asked for exactly. Whatever the way, a page must hold exactly the rows a plain
// ORDER BY … LIMIT … OFFSET gives, and a write must show in the next page read.
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { COUNT_BOUND, SORTED_UP_TO } from "../../src/store/peopleSearchPage.js";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";
import { linkedInConnections } from "../support/transferFiles.js";

const ROWS = 2_500;

describe.each(ENGINES)("pages of a long list on %s", (engine) => {
  const subject = setupApp(engine);
  const { api } = subject;

  beforeAll(async () => {
    const content = linkedInConnections(ROWS, { companies: 50 });
    const imported = await api.post("/api/import", { fileName: "Connections.csv", content });
    expect(imported.status).toBe(200);
  });

  /** Every person's id in list order, or only those whose folded text has a word starting so. */
  async function expectedIds(wordPrefix?: string): Promise<string[]> {
    let query = subject.app.ctx.store.db
      .selectFrom("people")
      .select("id")
      .where("owner_id", "=", subject.app.ctx.ownerId);
    if (wordPrefix) {
      query = query.where(sql<boolean>`(' ' || search_text) like ${`% ${wordPrefix}%`}`);
    }
    const rows = await query.orderBy("full_name").orderBy("id").execute();
    return rows.map((row) => row.id);
  }

  async function pageIds(path: string): Promise<{ ids: string[]; total: number }> {
    const answer = await api.get(path);
    expect(answer.status).toBe(200);
    return {
      ids: answer.body.items.map((item: { id: string }) => item.id),
      total: answer.body.total,
    };
  }

  it("gives the same rows at every offset as a plain OFFSET, twice over", async () => {
    const all = await expectedIds();
    expect(all).toHaveLength(ROWS);
    for (const pass of [1, 2]) {
      for (const offset of [0, 1, 255, 256, 257, 700, 1024, 1950, 2499, 2500, 2600]) {
        const page = await pageIds(`/api/people?limit=50&offset=${offset}`);
        expect({ pass, offset, ...page }).toEqual({
          pass,
          offset,
          ids: all.slice(offset, offset + 50),
          total: ROWS,
        });
      }
    }
  });

  it("shows a new person, a change and a removal in the next page read", async () => {
    await pageIds("/api/people?limit=50&offset=1500"); // remembered positions, if any
    const created = await api.post("/api/people", { fullName: "Aaron Before-Everyone" });
    expect(created.status).toBe(201);
    let first = await pageIds("/api/people?limit=1&offset=0");
    expect(first).toEqual({ ids: [created.body.id], total: ROWS + 1 });
    const deep = await pageIds("/api/people?limit=50&offset=1500");
    expect(deep.ids).toEqual((await expectedIds()).slice(1500, 1550));

    const renamed = await api.patch(`/api/people/${created.body.id}`, { fullName: "Zed Last" });
    expect(renamed.status).toBe(200);
    const last = await pageIds(`/api/people?limit=5&offset=${ROWS}`);
    expect(last).toEqual({ ids: [created.body.id], total: ROWS + 1 });

    expect((await api.delete(`/api/people/${created.body.id}`)).status).toBe(204);
    first = await pageIds("/api/people?limit=1&offset=0");
    expect(first.total).toBe(ROWS);
    expect(first.ids).toEqual((await expectedIds()).slice(0, 1));
  });

  it("pages a filtered list the same way", async () => {
    const someone = (await api.get("/api/people?limit=1&offset=0")).body.items[0];
    const filtered = (await api.get(`/api/people?limit=500&howKnown=${someone.howKnown}`)).body;
    expect(filtered.total).toBe(ROWS);
    const all = await expectedIds();
    const page = await pageIds(`/api/people?limit=20&offset=1300&howKnown=${someone.howKnown}`);
    expect(page).toEqual({ ids: all.slice(1300, 1320), total: ROWS });
  });

  it("finds the same pages of search results whether few or many match", async () => {
    // "given2" matches Given2, Given20–29 and Given200–299: fewer than the bound, so the page
    // is sorted from the matches; "engineer" matches everyone: more than are sorted, so the
    // name index is walked (and, for the last page, which comes up short, the matches are
    // sorted after all).
    // Between the bound and SORTED_UP_TO, SQLite sorts matches that bunch in name order ("given1":
    // Given1, Given10–19, Given100–199, Given1000–1999 all start their names) and walks the
    // others ("family1": the same people, by a word that does not start the name).
    const few = await expectedIds("given2");
    const many = await expectedIds("engineer");
    const bunched = await expectedIds("given1");
    const spread = await expectedIds("family1");
    expect(few.length).toBeLessThanOrEqual(COUNT_BOUND);
    expect(many.length).toBeGreaterThan(SORTED_UP_TO[engine]);
    for (const middle of [bunched, spread]) {
      expect(middle.length).toBeGreaterThan(COUNT_BOUND);
      expect(middle.length).toBeLessThanOrEqual(SORTED_UP_TO.sqlite);
    }
    for (const [q, ids] of [
      ["given2", few],
      ["engineer", many],
      ["given1", bunched],
      ["family1", spread],
    ] as const) {
      for (const offset of [0, 300, 1000, 2480]) {
        const path = `/api/people?q=${encodeURIComponent(q)}&limit=50&offset=${offset}`;
        const bound = Math.max(COUNT_BOUND, offset + 50);
        const answer = await api.get(path);
        expect({
          q,
          offset,
          ...(await pageIds(path)),
          atLeast: answer.body.totalIsLowerBound,
        }).toEqual({
          q,
          offset,
          ids: ids.slice(offset, offset + 50),
          total: Math.min(ids.length, bound),
          atLeast: ids.length > bound,
        });
        const exact = await api.get(`${path}&count=exact`);
        expect(exact.body).toMatchObject({ total: ids.length, totalIsLowerBound: false });
        expect(exact.body.items.map((item: { id: string }) => item.id)).toEqual(
          ids.slice(offset, offset + 50),
        );
      }
    }
  });

  it("walks the names for a search with a filter, and counts only what passes it", async () => {
    const someone = (await api.get("/api/people?limit=1&offset=0")).body.items[0];
    const path = `/api/people?q=engineer&howKnown=${someone.howKnown}&limit=50&offset=100`;
    const all = await expectedIds("engineer");
    expect(await pageIds(path)).toEqual({ ids: all.slice(100, 150), total: COUNT_BOUND });
  });

  it("has the list indexes of migrations 0003 and 0009", async () => {
    const names =
      engine === "sqlite"
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(
            subject.app.ctx.store.db,
          )
        : await sql<{ name: string }>`select indexname as name from pg_indexes`.execute(
            subject.app.ctx.store.db,
          );
    const all = names.rows.map((row) => row.name);
    expect(all).toContain("conversations_owner_target_idx");
    expect(all).toContain("attempts_owner_conversation_idx");
    expect(all).toContain(
      engine === "sqlite" ? "people_owner_name_text_idx" : "people_search_vector_idx",
    );
  });
});
