// Guessing the code page of 8-bit text that declares none. A Greek, Hebrew or Cyrillic file
// from Windows is just bytes above 0x7F; which letters they are follows only from how often
// each byte and pair occurs, which a statistical detector knows for every code page. It reads
// the whole input, since a single name in a long file may be all that tells the scripts apart.
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

/**
 * The code page of bytes already known not to be UTF-8 or UTF-16, or undefined when the
 * detector has no usable guess.
 */
export function detectEightBit(bytes: Uint8Array): TextEncoding | undefined {
  for (const match of chardet.analyse(bytes)) {
    const encoding = encodingFromLabel(match.name);
    if (encoding === undefined || encoding === "utf-8" || encoding.startsWith("utf-16")) continue;
    const needed = isSingleByte(encoding) ? SINGLE_BYTE_CONFIDENCE : MULTI_BYTE_CONFIDENCE;
    return match.confidence >= needed ? preferWindows(encoding, bytes) : undefined;
  }
  return undefined;
}
