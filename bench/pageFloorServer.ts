// The floor for the people list itself: the same two statements the list runs (the count and
// the page ordered by name), prepared once on better-sqlite3, rows sent as they come, behind
// Hono. What the app adds on top of this is its own overhead.
//   node --import tsx bench/pageFloorServer.ts <sqlite file>
import { serve } from "@hono/node-server";
import Database from "better-sqlite3";
import { Hono } from "hono";

const file = process.argv[2];
if (!file) throw new Error("usage: pageFloorServer.ts <sqlite file>");
const db = new Database(file, { readonly: true });
const count = db.prepare("select count(*) as n from people where owner_id = ?");
const page = db.prepare(
  "select * from people where owner_id = ? order by full_name, id limit ? offset ?",
);

const app = new Hono();
app.get("/people", (c) => {
  const limit = Number(c.req.query("limit") ?? 50);
  const offset = Number(c.req.query("offset") ?? 0);
  const { n } = count.get("local") as { n: number };
  return c.json({ items: page.all("local", limit, offset), total: n, limit, offset });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  console.log(`Page floor is running at http://127.0.0.1:${info.port}`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
