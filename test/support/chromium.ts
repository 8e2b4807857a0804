// Debian's Chromium, as the browser tests and the benchmarks launch it: headless, and with
// nothing that reaches out to the network on its own (updates, sync, field trials).
export const CHROMIUM = "/usr/bin/chromium";

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
