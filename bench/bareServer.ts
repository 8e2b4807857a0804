// The floor for HTTP throughput: Hono on @hono/node-server with one route and a small JSON
// answer, nothing else. The benchmark runs it as a child process, like the real server.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/hello", (c) => c.json({ status: "ok", items: [{ id: 1, name: "Dana Álvarez" }] }));

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  console.log(`Bare Hono is running at http://127.0.0.1:${info.port}`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
