// Splits one logical content line into group, name, parameters and raw value, e.g.
// `item1.EMAIL;TYPE=INTERNET,pref:ann@example.org` or 2.1's `TEL;WORK;VOICE:555 0100`.
// Quoted parameter values may hold ":" ";" and ",", so the split respects double quotes.

export interface VCardProperty {
  line: number;
  group?: string;
  /** Upper case. */
  name: string;
  /** Upper-case parameter name → values (quotes removed, TYPE lists split on commas). */
  params: Map<string, string[]>;
  /** Still encoded and escaped. */
  value: string;
}

const ENCODING_WORDS = new Set(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]);

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function valueStart(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ":" && !quoted) return i;
  }
  return -1;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}

function addParam(params: Map<string, string[]>, name: string, values: string[]): void {
  params.set(name, [...(params.get(name) ?? []), ...values]);
}

function parseParam(params: Map<string, string[]>, raw: string): void {
  const equals = raw.indexOf("=");
  if (equals === -1) {
    // vCard 2.1 writes bare parameters: `TEL;WORK;VOICE` or `NOTE;QUOTED-PRINTABLE`.
    const word = raw.trim().toUpperCase();
    if (word === "") return;
    addParam(params, ENCODING_WORDS.has(word) ? "ENCODING" : "TYPE", [word]);
    return;
  }
  const name = raw.slice(0, equals).trim().toUpperCase();
  const values = splitOutsideQuotes(raw.slice(equals + 1), ",").map(unquote);
  // vCard 4.0 writes TYPE="work,voice": one quoted value that still means two types.
  addParam(params, name, name === "TYPE" ? values.flatMap((value) => value.split(",")) : values);
}

export function parseProperty(text: string, line: number): VCardProperty | undefined {
  const colon = valueStart(text);
  if (colon === -1) return undefined;
  const [nameWithGroup = "", ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ";");
  const dot = nameWithGroup.lastIndexOf(".");
  const name = nameWithGroup
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (name === "") return undefined;
  const params = new Map<string, string[]>();
  for (const raw of rawParams) parseParam(params, raw);
  const property: VCardProperty = { line, name, params, value: text.slice(colon + 1) };
  if (dot > 0) property.group = nameWithGroup.slice(0, dot).trim().toLowerCase();
  return property;
}

/** The first value of a parameter, upper-cased, e.g. ENCODING or VALUE. */
export function paramWord(property: VCardProperty, name: string): string | undefined {
  return property.params.get(name)?.[0]?.trim().toUpperCase();
}
