// How much of a SQLite database the connection keeps in memory. better-sqlite3 builds SQLite
// with a 16 MB page cache, which holds a 30,000-person database's tables but not a 100,000-person
// one's search index (a 180 MB file): typing a search there read the same pages from the
// operating system again and again, about 1 ms of the slowest queries. So the cache is a third
// of the file, from 16 MB up to 64 MB; it fills only with pages that are read.
const MIN_KIB = 16 * 1024;
const MAX_KIB = 64 * 1024;

/** The page cache for a database file of this size, in KiB (SQLite's cache_size is -KiB). */
export function pageCacheKib(fileBytes: number): number {
  return Math.min(MAX_KIB, Math.max(MIN_KIB, Math.round(fileBytes / 3 / 1024)));
}
