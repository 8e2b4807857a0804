// The encodings and separators as people know them: by the script or the program, with the
// technical name beside it for the one who knows which code page their file is in.
import type { CsvDelimiter } from "../../../formats/csv/delimiter.js";
import type { EncodingSource, TextEncoding } from "../../../formats/text/encodings.js";

export const ENCODING_LABEL: Record<TextEncoding, string> = {
  "utf-8": "Unicode (UTF-8)",
  "utf-16le": "Unicode (UTF-16 LE)",
  "utf-16be": "Unicode (UTF-16 BE)",
  "windows-1252": "Western European (Windows-1252)",
  "windows-1250": "Central European (Windows-1250)",
  "windows-1251": "Cyrillic (Windows-1251)",
  "windows-1253": "Greek (Windows-1253)",
  "windows-1254": "Turkish (Windows-1254)",
  "windows-1255": "Hebrew (Windows-1255)",
  "windows-1256": "Arabic (Windows-1256)",
  "windows-1257": "Baltic (Windows-1257)",
  "windows-1258": "Vietnamese (Windows-1258)",
  "windows-874": "Thai (Windows-874)",
  "iso-8859-2": "Central European (ISO-8859-2)",
  "iso-8859-5": "Cyrillic (ISO-8859-5)",
  "iso-8859-7": "Greek (ISO-8859-7)",
  "iso-8859-8": "Hebrew (ISO-8859-8)",
  "koi8-r": "Cyrillic (KOI8-R)",
  macintosh: "Western (Mac OS Roman)",
  shift_jis: "Japanese (Shift_JIS)",
  "euc-jp": "Japanese (EUC-JP)",
  "euc-kr": "Korean (EUC-KR)",
  gb18030: "Chinese, simplified (GB18030)",
  big5: "Chinese, traditional (Big5)",
};

export const ENCODING_SOURCE_LABEL: Record<EncodingSource, string> = {
  chosen: "Your choice",
  "byte-order mark": "Marked in the file",
  "utf-16 pattern": "Detected from the file's bytes",
  "valid utf-8": "Detected: the file is valid UTF-8",
  detected: "Detected from the letters; change it if names look wrong",
  default: "A guess: nothing in the file tells; change it if names look wrong",
};

export const DELIMITER_LABEL: Record<CsvDelimiter, string> = {
  ",": "Comma ( , )",
  ";": "Semicolon ( ; )",
  "\t": "Tab",
};
