import { describe, expect, it } from "vitest";
import { findUnstorableText } from "./faithfulText.js";

describe("text that cannot be stored faithfully", () => {
  it("finds a lone surrogate or a NUL and names its field", () => {
    expect(findUnstorableText({ fullName: "Ana", notes: "a\uD800b" })).toMatchObject({
      field: "notes",
    });
    expect(findUnstorableText({ tags: ["ok", "\uDC00"] })).toMatchObject({ field: "tags.1" });
    expect(findUnstorableText({ a: { b: "x\u0000y" } })).toMatchObject({ field: "a.b" });
    expect(findUnstorableText({ "bad\uD83D": 1 })?.field).toBe("bad\uD83D");
    expect(findUnstorableText("\u0000")).toMatchObject({ field: "(body)" });
  });

  it("accepts real characters outside the basic plane, and everything else", () => {
    expect(findUnstorableText({ fullName: "Zoë 😀 𝄞 Dvořák", n: 3, t: true, z: null })).toBe(
      undefined,
    );
  });
});
