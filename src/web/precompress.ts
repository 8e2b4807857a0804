// A Vite plugin: once the build is written, every text file of the web app gets a brotli (.br)
// and a gzip (.gz) twin beside it, compressed as hard as the formats go. The server hands out
// whichever the browser accepts (src/server/webFiles.ts), so nothing is compressed per request
// and nothing heavier than node:zlib is needed.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const TEXT = /\.(?:html|js|mjs|css|svg|json|txt|webmanifest)$/;
/** Below this a file fits in one packet anyway. */
const MIN_BYTES = 512;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export function precompress(outDir: string): Plugin {
  return {
    name: "inroads-precompress",
    apply: "build",
    // closeBundle runs after Vite has written the chunks and copied the public folder.
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!TEXT.test(file) || statSync(file).size < MIN_BYTES) continue;
        const content = readFileSync(file);
        const brotli = brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        });
        const gzip = gzipSync(content, { level: 9 });
        // A twin that is not smaller would only cost the browser time.
        if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
        if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}
