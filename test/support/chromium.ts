// The browser the end-to-end tests and the benchmarks drive, found in this order: the CHROMIUM
// environment variable, a `chromium` on the PATH (Debian's package, the faster path), then the
// headless Chromium that ships inside the @sparticuz/chromium dev dependency, so that
// `npm install && npm test` needs nothing installed by hand.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

// Headless, and nothing that reaches out to the network on its own (updates, sync, field
// trials). @sparticuz/chromium's own `args` are never used: they are for serverless hosts and
// turn off the same-origin policy (--disable-web-security) and run one process for everything
// (--single-process), which would make any cross-origin test meaningless.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for messages: "CHROMIUM", "PATH" or "@sparticuz/chromium". */
  source: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

let found: Promise<FoundBrowser> | undefined;

/** Finds the browser once per process; unpacking the packaged one takes about 1.5 s the first time. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  found ??= (async () => {
    if (env.CHROMIUM) {
      if (!isExecutable(env.CHROMIUM))
        throw new Error(`CHROMIUM=${env.CHROMIUM} is not an executable file`);
      return { executablePath: env.CHROMIUM, source: "CHROMIUM" };
    }
    const local = onPath("chromium", env.PATH);
    if (local) return { executablePath: local, source: "PATH" };
    const { default: packaged } = await import("@sparticuz/chromium");
    return { executablePath: await packaged.executablePath(), source: "@sparticuz/chromium" };
  })();
  return found;
}
