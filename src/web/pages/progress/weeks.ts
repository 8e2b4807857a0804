// Weekly series from the API skip the weeks where nothing happened; a chart needs them.

function addWeeks(monday: string, weeks: number): string {
  const d = new Date(`${monday}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
}

/** Every week from the first to the last given, with `fill` for the missing ones. */
export function everyWeek<T extends { week: string }>(
  series: T[],
  fill: (week: string, previous: T | undefined) => T,
): T[] {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return [];
  const byWeek = new Map(series.map((item) => [item.week, item]));
  const out: T[] = [];
  for (let week = first.week; week <= last.week; week = addWeeks(week, 1)) {
    out.push(byWeek.get(week) ?? fill(week, out[out.length - 1]));
    if (out.length > 520) break; // ten years is plenty for one chart
  }
  return out;
}
