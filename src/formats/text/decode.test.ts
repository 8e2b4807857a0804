import { describe, expect, it } from "vitest";
import { decodeText, stripBom } from "./decode.js";

describe("decodeText", () => {
  it("reads UTF-8 and drops its byte-order mark", () => {
    expect(decodeText(Buffer.from("\uFEFFJosé,Ødegård", "utf8"))).toBe("José,Ødegård");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, as Outlook on Windows writes", () => {
    expect(decodeText(Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80]))).toBe("José €");
  });

  it("honours UTF-16 byte-order marks", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zoë", "utf16le")]);
    expect(decodeText(le)).toBe("Zoë");
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x5a, 0x00, 0x6f, 0x00, 0xeb]);
    expect(decodeText(be)).toBe("Zoë");
  });

  it("strips only a leading BOM", () => {
    expect(stripBom("\uFEFFa\uFEFF")).toBe("a\uFEFF");
  });
});
