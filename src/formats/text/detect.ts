// Guessing the code page of 8-bit text that declares none. A Greek, Hebrew or Cyrillic file
// from Windows is just bytes above 0x7F; which letters they are follows only from how often
// each byte and pair occurs, which a statistical detector knows for every code page. It looks
// across the whole file, at the lines that hold such bytes (ASCII says nothing about a code
// page); past a budget it takes every so many of them, because the detector needs about half
// a second per megabyte and a 50 MB export must not wait half a minute.
import chardet from "chardet";
import { encodingFromLabel, type TextEncoding } from "./encodings.js";

/** Below this, a single-byte guess is noise and Windows-1252 (what Outlook writes) is likelier. */
const SINGLE_BYTE_CONFIDENCE = 10;
/** Multi-byte guesses on short Western text come easily, so they must be surer. */
const MULTI_BYTE_CONFIDENCE = 50;

export const DEFAULT_EIGHT_BIT: TextEncoding = "windows-1252";

/**
 * The detector names an ISO code page when it sees no byte in 0x80–0x9F, but contact files
 * with no charset come from Windows. Hebrew's Windows code page only adds to ISO-8859-8. Greek
 * moves capital alpha with tonos: Windows puts "Ά" at 0xA2, where ISO-8859-7 has a quote mark
 * that hardly starts a word, so a file with 0xA2 and no 0xB6 (ISO's "Ά") is Windows-1253.
 */
function preferWindows(encoding: TextEncoding, bytes: Uint8Array): TextEncoding {
  if (encoding === "iso-8859-8") return "windows-1255";
  if (encoding === "iso-8859-7" && bytes.includes(0xa2) && !bytes.includes(0xb6)) {
    return "windows-1253";
  }
  return encoding;
}

function isSingleByte(encoding: TextEncoding): boolean {
  return /^(windows-|iso-8859-|koi8|macintosh)/.test(encoding);
}

const SAMPLE_BUDGET = 1024 * 1024;
const LF = 0x0a;

function hasHighByte(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/** The lines with bytes above 0x7F, spread over the whole file, up to the budget. */
export function eightBitLines(bytes: Uint8Array, budget = SAMPLE_BUDGET): Uint8Array {
  if (bytes.length <= budget) return bytes;
  const lines: [number, number][] = [];
  let total = 0;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(LF, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    if (hasHighByte(bytes, start, end)) {
      lines.push([start, end]);
      total += end - start;
    }
    start = end;
  }
  const step = Math.max(1, Math.ceil(total / budget));
  const picked = lines.filter((_, i) => i % step === 0);
  const sample = new Uint8Array(picked.reduce((sum, [start, end]) => sum + end - start, 0));
  let at = 0;
  for (const [start, end] of picked) {
    sample.set(bytes.subarray(start, end), at);
    at += end - start;
  }
  return sample;
}

/**
 * The code page of bytes already known not to be UTF-8 or UTF-16, or undefined when the
 * detector has no usable guess.
 */
export function detectEightBit(bytes: Uint8Array): TextEncoding | undefined {
  const sample = eightBitLines(bytes);
  for (const match of chardet.analyse(sample)) {
    const encoding = encodingFromLabel(match.name);
    if (encoding === undefined || encoding === "utf-8" || encoding.startsWith("utf-16")) continue;
    const needed = isSingleByte(encoding) ? SINGLE_BYTE_CONFIDENCE : MULTI_BYTE_CONFIDENCE;
    return match.confidence >= needed ? preferWindows(encoding, sample) : undefined;
  }
  return undefined;
}
