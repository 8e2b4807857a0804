// Builds the web app into dist/web, which `inroads serve` hands out beside the API.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./precompress";

const here = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.INROADS_API ?? "http://127.0.0.1:4321";
const outDir = fileURLToPath(new URL("../../dist/web", import.meta.url));

export default defineConfig({
  root: here,
  base: "/",
  // Brotli and gzip twins of every text file, served by Accept-Encoding.
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    // The entry must stay under 200 KB gzip; heavy views come in their own chunks.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // The web app shares the pure rules in src/domain with the server.
    fs: { allow: [fileURLToPath(new URL("../..", import.meta.url))] },
    proxy: {
      "/api": {
        target: api,
        // The server accepts changes only from its own origin; the dev proxy is that origin's
        // stand-in, so it drops the browser's Origin header.
        configure: (proxy) => {
          proxy.on("proxyReq", (request) => request.removeHeader("origin"));
        },
      },
    },
  },
});
