import { describe, expect, it } from "vitest";
import { FormatError } from "../contact.js";
import { isBlankRow, parseCsvRows } from "./table.js";

describe("parseCsvRows", () => {
  it("numbers rows by the file line they start on, across quoted line breaks", () => {
    const rows = parseCsvRows('a,b\n"one\ntwo",x\n\nc,d');
    expect(rows.map((row) => [row.line, row.cells])).toEqual([
      [1, ["a", "b"]],
      [2, ["one\ntwo", "x"]],
      [4, [""]],
      [5, ["c", "d"]],
    ]);
  });

  it("reads LF, CRLF, lone CR and a mix of them alike, and skips a BOM", () => {
    const lf = parseCsvRows("h1,h2\nx,y\nz,w\n");
    for (const text of [
      "\uFEFFh1,h2\r\nx,y\r\nz,w\r\n",
      "h1,h2\rx,y\rz,w\r",
      "h1,h2\r\nx,y\rz,w\n",
    ]) {
      expect(parseCsvRows(text)).toEqual(lf);
    }
  });

  it("keeps ragged rows as they are and spots rows of bare commas", () => {
    const rows = parseCsvRows("a,b,c\n1\n1,2,3,4\n,,,\n");
    expect(rows.map((row) => row.cells.length)).toEqual([3, 1, 4, 4]);
    expect(rows.map(isBlankRow)).toEqual([false, false, false, true]);
  });

  it("tolerates a stray quote inside an unquoted field", () => {
    expect(parseCsvRows('Dwayne "The Rock",Johnson')[0]?.cells).toEqual([
      'Dwayne "The Rock"',
      "Johnson",
    ]);
  });

  it("names the line of a quote that is never closed", () => {
    expect(() => parseCsvRows('a,b\nc,"d\ne,f\n')).toThrow(FormatError);
    try {
      parseCsvRows('a,b\nc,"d\ne,f\n');
    } catch (error) {
      expect((error as FormatError).line).toBe(2);
      expect((error as FormatError).message).toMatch(/^line 2: /);
    }
  });
});

describe("parseCsvRows on larger files", () => {
  const body = (count: number) =>
    Array.from({ length: count }, (_, i) => `Given${i},"Family, ${i}",x${i}`).join("\n");

  it("names the line of an unclosed quote however many rows come before it", () => {
    for (const before of [1, 2, 5, 40]) {
      const text = `a,b,c\n${body(before)}\nBroken,"never closed,x\nafter,row,y\n`;
      expect(() => parseCsvRows(text)).toThrow(`line ${before + 2}: a quoted field`);
    }
  });

  it("reads the rows behind a preamble exactly as the rows of the same file without one", () => {
    const preamble = 'Notes:\n"A paragraph\nover two lines"\n\n';
    const rows = parseCsvRows(`${preamble}a,b,c\n${body(60)}`);
    const plain = parseCsvRows(`a,b,c\n${body(60)}`);
    expect(rows.slice(0, 3).map((row) => [row.line, row.cells])).toEqual([
      [1, ["Notes:"]],
      [2, ["A paragraph\nover two lines"]],
      [4, [""]],
    ]);
    expect(rows.slice(3)).toEqual(plain.map((row) => ({ ...row, line: row.line + 4 })));
    expect(() => parseCsvRows(`${preamble}a,b,c\n${body(60)}\nx,"open`)).toThrow("line 66:");
  });
});
