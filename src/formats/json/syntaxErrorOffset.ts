// Where a JSON text first goes wrong. Node 20's JSON.parse often reports only the offending
// token ("Unexpected token '}'"), not where it is, so a broken backup could not name its line.
// This scanner walks the grammar (RFC 8259) without building values and returns the offset of
// the first character that cannot continue a valid text; null when the text is valid.
const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Stop {
  constructor(readonly offset: number) {}
}

export function jsonSyntaxErrorOffset(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw new Stop(at);
  };
  const skipSpace = () => {
    while (at < text.length && WHITESPACE.has(text[at] as string)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at++;
    }
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail();
      const char = text.charCodeAt(at);
      if (char === 0x22) {
        at++;
        return;
      }
      if (char < 0x20) fail();
      if (char === 0x5c) {
        ESCAPE.lastIndex = at;
        if (!ESCAPE.test(text)) fail();
        at = ESCAPE.lastIndex;
      } else {
        at++;
      }
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === "{") object();
    else if (char === "[") array();
    else if (char === '"') string();
    else if (char === "t") literal("true");
    else if (char === "f") literal("false");
    else if (char === "n") literal("null");
    else {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) fail();
      at = NUMBER.lastIndex;
    }
  };
  const object = () => {
    at++;
    skipSpace();
    if (text[at] === "}") {
      at++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail();
      string();
      skipSpace();
      if (text[at] !== ":") fail();
      at++;
      value();
      skipSpace();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "}") {
        at++;
        return;
      }
      fail();
    }
  };
  const array = () => {
    at++;
    skipSpace();
    if (text[at] === "]") {
      at++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "]") {
        at++;
        return;
      }
      fail();
    }
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    // Nesting deep enough to exhaust the stack: there is no offset worth reporting.
    if (error instanceof RangeError) return null;
    throw error;
  }
}
