// Lint keeps kysely and the drivers out of the rest of src/, but the Store object itself still
// carries the query builder (tests and benchmarks seed and inspect through it). This keeps the
// application, the server and the CLI from reaching for it: they call repositories instead.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("..", import.meta.url));
const LAYERS = ["app", "server", "cli"];
const QUERYING =
  /store\.db\b|store\.sqlite\b|\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the store boundary", () => {
  it("leaves every query to src/store", () => {
    const offending = LAYERS.flatMap((layer) => sources(join(src, layer))).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          QUERYING.test(line) ? [`${file.slice(src.length)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offending).toEqual([]);
  });
});
