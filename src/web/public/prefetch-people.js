// The people list's first page, asked for while the app's code loads (see
// pages/people/prefetch.ts, which must ask for the same address). A file, not an inline script,
// so the Content-Security-Policy can forbid inline scripts altogether.
if (location.pathname === "/people" && location.search === "") {
  window.__inroadsPeople = {
    url: "/api/people?limit=100&offset=0",
    response: fetch("/api/people?limit=100&offset=0")
      // A refusal (401 when signed out) is read to the end too, so its request closes.
      .then((r) => (r.ok ? r.json() : r.text().then(() => null)))
      .catch(() => null),
  };
}
