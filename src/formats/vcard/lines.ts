// Turns vCard text into logical content lines, each with the file line it starts on. Two kinds
// of continuation exist: folding (a line break followed by a space or tab, all versions) and
// vCard 2.1's quoted-printable soft break (a QP value whose line ends in "=").
import { stripBom } from "../text/decode.js";

export interface LogicalLine {
  line: number;
  text: string;
}

function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(":");
  const head = colon === -1 ? text : text.slice(0, colon);
  return /QUOTED-PRINTABLE/i.test(head);
}

export function logicalLines(text: string): LogicalLine[] {
  const physical = stripBom(text).split(/\r\n|\r|\n/);
  const lines: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  let softBreak = false;
  physical.forEach((content, index) => {
    if (current !== undefined && softBreak) {
      // The "=" that ended the previous line is a soft break, not part of the value.
      current.text = current.text.slice(0, -1) + content;
    } else if (current !== undefined && (content.startsWith(" ") || content.startsWith("\t"))) {
      current.text += content.slice(1);
    } else if (content.trim() === "") {
      // Blank lines end vCard 2.1 base64 blocks and separate cards; they carry nothing.
      current = undefined;
      softBreak = false;
      return;
    } else {
      current = { line: index + 1, text: content };
      lines.push(current);
    }
    softBreak = current.text.endsWith("=") && isQuotedPrintable(current.text);
  });
  return lines;
}
