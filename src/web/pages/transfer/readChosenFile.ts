// A chosen file goes to the server as its bytes (base64 inside the JSON), not as text decoded
// here: the server finds the encoding, unfolds a vCard before decoding it, and reads the same
// bytes again in another encoding when the user picks one, exactly as the command line does.

export interface LoadedFile {
  name: string;
  /** Bytes on disk, for the "3.1 MB" beside the name. */
  size: number;
  base64: string;
}

/** The browser's own base64 of the file, which stays fast at tens of megabytes. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener("load", () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    });
    reader.addEventListener("error", () => reject(reader.error));
    reader.readAsDataURL(file);
  });
}

export async function readChosenFile(file: File): Promise<LoadedFile> {
  return { name: file.name, size: file.size, base64: await base64Of(file) };
}

/** "812 bytes", "48 KB", "3.1 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
