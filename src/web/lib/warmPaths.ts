// Warm introductions: chains of people, linked by who introduced whom, from someone the seeker
// already knows to someone at the organization they want to reach. Shortest chains first.

export interface Link {
  from: string;
  to: string;
}

/** One shortest chain per reachable person at the organization, known person first. */
export function warmPaths(
  links: readonly Link[],
  known: ReadonlySet<string>,
  insiders: readonly string[],
  maxHops = 4,
): string[][] {
  const neighbours = new Map<string, string[]>();
  const connect = (a: string, b: string) => {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  };
  // An introduction works both ways for a warm path: either can mention the other.
  for (const { from, to } of links) {
    connect(from, to);
    connect(to, from);
  }
  const parent = new Map<string, string | null>();
  const depth = new Map<string, number>();
  const queue: string[] = [];
  for (const id of known) {
    parent.set(id, null);
    depth.set(id, 0);
    queue.push(id);
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const d = depth.get(id) ?? 0;
    if (d >= maxHops) continue;
    for (const next of neighbours.get(id) ?? []) {
      if (parent.has(next)) continue;
      parent.set(next, id);
      depth.set(next, d + 1);
      queue.push(next);
    }
  }
  const paths: string[][] = [];
  for (const insider of insiders) {
    if (!parent.has(insider)) continue;
    const path: string[] = [];
    for (let at: string | null | undefined = insider; at; at = parent.get(at)) path.unshift(at);
    paths.push(path);
  }
  return paths.sort((a, b) => a.length - b.length);
}
