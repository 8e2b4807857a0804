// Logical content lines found in the file's bytes, before any decoding. RFC 6350 folds lines
// by octets, and some writers fold in the middle of a multi-byte UTF-8 character: unfolding the
// text after decoding would meet two halves that are not UTF-8 alone. Unfolding the bytes first
// joins them back. The two continuations are the same as in `lines.ts`.

export interface ByteLine {
  line: number;
  bytes: Uint8Array;
}

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const EQUALS = 0x3d;
const COLON = 0x3a;

function isQuotedPrintable(head: Uint8Array): boolean {
  const colon = head.indexOf(COLON);
  const name = Buffer.from(colon === -1 ? head : head.subarray(0, colon)).toString("latin1");
  return /QUOTED-PRINTABLE/i.test(name);
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === SPACE || byte === TAB);
}

interface OpenLine {
  line: number;
  pieces: Uint8Array[];
}

/** Splits at CRLF, CR or LF, keeping each physical line's number. */
function physicalLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== CR && byte !== LF) continue;
    lines.push(bytes.subarray(start, i));
    if (byte === CR && bytes[i + 1] === LF) i++;
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

export function logicalByteLines(file: Uint8Array): ByteLine[] {
  const hasBom = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf;
  const open: OpenLine[] = [];
  let current: OpenLine | undefined;
  let softBreak = false;
  physicalLines(hasBom ? file.subarray(3) : file).forEach((content, index) => {
    if (current !== undefined && softBreak) {
      // The "=" that ended the previous line is a soft break, not part of the value.
      const last = current.pieces.pop() ?? new Uint8Array();
      current.pieces.push(last.subarray(0, -1), content);
    } else if (current !== undefined && (content[0] === SPACE || content[0] === TAB)) {
      current.pieces.push(content.subarray(1));
    } else if (isBlank(content)) {
      current = undefined;
      softBreak = false;
      return;
    } else {
      current = { line: index + 1, pieces: [content] };
      open.push(current);
    }
    const last = current.pieces[current.pieces.length - 1];
    softBreak =
      last !== undefined &&
      last[last.length - 1] === EQUALS &&
      isQuotedPrintable(current.pieces[0] as Uint8Array);
  });
  // Most lines are not folded; their one piece is used as it is rather than copied.
  return open.map(({ line, pieces }) => ({
    line,
    bytes: pieces.length === 1 ? (pieces[0] as Uint8Array) : Buffer.concat(pieces),
  }));
}
