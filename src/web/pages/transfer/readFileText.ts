// A chosen file becomes text in the browser, decoded the way the command line decodes it
// (a UTF-16 mark, then UTF-8, else the Windows code page Outlook often writes), so the same file
// imports the same way from either door.
import { decodeText } from "../../../formats/text/decode.js";

export interface LoadedFile {
  name: string;
  /** Bytes on disk, for the "3.1 MB" beside the name. */
  size: number;
  content: string;
}

export async function readFileText(file: File): Promise<LoadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, content: decodeText(bytes) };
}

/** "812 bytes", "48 KB", "3.1 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
