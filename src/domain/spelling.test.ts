// One spelling throughout (American, as in "Organization"): every string the web app shows, and
// the words it shares with the command line (labels, templates, the question bank), is read
// from the source with the TypeScript parser (string literals, template text and JSX text; not
// comments nor names in code) and checked for British spellings.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** British spellings and what they are written as here. */
const BRITISH =
  /\b\w*(organis|favour|colour|behaviour|honour|neighbour|recognis|realis|prioritis|summaris|apologis|analys(?:e|ing)\b|centre|programme|catalogue|licence|practis)\w*/i;

/** Stored values, which the API and backups keep as they are; and readers of other people's files. */
const STORED_VALUES = new Set(["organisational"]);
const SKIPPED_FILES = new Set(["src/web/pages/transfer/guessMapping.ts"]);

/** Not shown to anyone: the modules a file imports. */
function unshown(node: ts.Node): boolean {
  return ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const FILES = [
  ...sourceFiles("src/web"),
  "src/domain/labels.ts",
  "src/domain/templates.ts",
  "src/domain/questionBank.ts",
].filter((file) => !SKIPPED_FILES.has(file));

function shownText(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      if (!STORED_VALUES.has(node.text) && !unshown(node)) found.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe("one spelling in the words people read", () => {
  it("reads the app's files", () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(shownText("src/web/components/Shell.tsx")).toContain("Organizations & targets");
  });

  it("finds no British spelling", () => {
    const british = FILES.flatMap((file) =>
      shownText(file).flatMap((text) => {
        const match = BRITISH.exec(text);
        return match
          ? [`${relative(root, join(root, file))}: ${match[0]} (in "${text.trim().slice(0, 80)}")`]
          : [];
      }),
    );
    expect(british).toEqual([]);
  });
});
