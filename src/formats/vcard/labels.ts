// How a value's label travels in vCard. Standard words go in TYPE (`TEL;TYPE=work,fax`); any
// other text goes in an Apple-style group label (`item1.TEL` + `item1.X-ABLabel:Assistant`),
// which Apple, Google and Thunderbird all show. Reading undoes both.

/** TYPE words that say how to deliver, not whose it is, so they are not shown as a label. */
const NOT_A_LABEL = new Set([
  "internet",
  "pref",
  "voice",
  "x400",
  "dom",
  "intl",
  "postal",
  "parcel",
  "quoted-printable",
  "base64",
  "b",
  "8bit",
  "7bit",
]);

/** TYPE words other programs understand; a label made only of these is written as TYPE. */
const STANDARD_TYPES = new Set([
  "work",
  "home",
  "cell",
  "fax",
  "pager",
  "text",
  "video",
  "textphone",
  "main",
  "other",
  "iphone",
  "car",
]);

/** The label a value's TYPE parameters amount to: "work", "home fax", or none. */
export function labelFromTypes(types: readonly string[]): string | undefined {
  const words = types
    .map((type) => type.trim().toLowerCase())
    .filter((type) => type !== "" && !NOT_A_LABEL.has(type));
  return words.length === 0 ? undefined : words.join(" ");
}

/** Apple writes its built-in labels as `_$!<Mobile>!$_`; they read as the plain lower-case word. */
export function labelFromAppleLabel(text: string): string | undefined {
  const builtIn = text.match(/^_\$!<(.*)>!\$_$/);
  const label = (builtIn ? (builtIn[1] ?? "").toLowerCase() : text).trim();
  return label === "" ? undefined : label;
}

/** TYPE words for a label, or undefined when the label needs X-ABLabel to survive as written. */
export function typesForLabel(label: string): string[] | undefined {
  const words = label.split(" ");
  return words.every((word) => STANDARD_TYPES.has(word)) ? words : undefined;
}
