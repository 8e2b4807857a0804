// UTF-16 written without a byte-order mark (some Windows tools do) is still easy to spot: text
// in Latin script puts a NUL in every other byte, on the odd side for little-endian.

const SAMPLE = 4096;
/** At least this share of the pairs must show the pattern; mostly-ASCII text easily passes. */
const SHARE = 0.3;

export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  // Real 8-bit text has no NUL at all, so a few on one side and none on the other decide it.
  if (oddNul >= pairs * SHARE && evenNul <= oddNul / 10) return "utf-16le";
  if (evenNul >= pairs * SHARE && oddNul <= evenNul / 10) return "utf-16be";
  return undefined;
}
