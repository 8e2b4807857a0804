// Which engine a database location names. Its own module so the CLI can decide where the data
// lives without loading a driver.

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}
