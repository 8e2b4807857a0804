// What a signed-in seeker does in the crowd, over and over with a pause to read and think:
// open Today; search for someone as the name is typed (a request per keystroke that survives
// the web app's short pause: one letter, two, three, five, the whole name); open a person (the
// person and their conversations); record an attempt; log a touchpoint; save notes. Every
// request goes to the next instance in turn, as a load balancer would send it.
import type { Random } from "../prng.js";
import type { SessionClient } from "../support/sessionClient.js";
import type { Seeker } from "./seekers.js";

export type Kind = "read" | "write";

export interface Sample {
  op: string;
  kind: Kind;
  ms: number;
  ok: boolean;
  status: number;
}

export interface MixOptions {
  bases: readonly string[];
  deadline: number;
  /** Pause between two actions, in milliseconds. */
  thinkMs: { min: number; max: number };
  record(sample: Sample): void;
}

type Action = "today" | "search" | "open" | "attempt" | "touchpoint" | "notes";

/** How often each action comes, out of 100. */
const ACTIONS: readonly (readonly [Action, number])[] = [
  ["today", 20],
  ["search", 30],
  ["open", 25],
  ["attempt", 8],
  ["touchpoint", 9],
  ["notes", 8],
];

let turn = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The prefixes a typed name is searched by. */
export function typed(name: string): string[] {
  const chars = [...name];
  const lengths = [...new Set([1, 2, 3, 5, chars.length])].filter((n) => n <= chars.length);
  return lengths.map((n) => chars.slice(0, n).join("").trim()).filter((q) => q.length > 0);
}

async function call(
  client: SessionClient,
  options: MixOptions,
  op: string,
  kind: Kind,
  method: string,
  path: string,
  body?: unknown,
): Promise<void> {
  const base = options.bases[turn++ % options.bases.length] as string;
  try {
    const answer = await client.send(base, method, path, body);
    const ok = answer.status >= 200 && answer.status < 300;
    options.record({ op, kind, ms: answer.ms, ok, status: answer.status });
    if (!ok)
      throw new Error(`${method} ${path} answered ${answer.status}: ${answer.body.slice(0, 160)}`);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes(" answered "))) {
      options.record({ op, kind, ms: 0, ok: false, status: 0 });
    }
    throw error;
  }
}

async function act(
  action: Action,
  seeker: Seeker,
  client: SessionClient,
  random: Random,
  options: MixOptions,
): Promise<void> {
  const person = random.pick(seeker.personIds);
  switch (action) {
    case "today":
      return call(client, options, "today", "read", "GET", "/api/today");
    case "search":
      for (const q of typed(random.pick(seeker.names))) {
        await call(
          client,
          options,
          "search",
          "read",
          "GET",
          `/api/people?q=${encodeURIComponent(q)}&limit=50`,
        );
        await sleep(120 + random.next() * 120);
      }
      return;
    case "open":
      await call(client, options, "open person", "read", "GET", `/api/people/${person}`);
      return call(
        client,
        options,
        "open person",
        "read",
        "GET",
        `/api/conversations?personId=${person}&limit=50`,
      );
    case "attempt": {
      const conversation = seeker.toAsk.pop();
      if (conversation === undefined) return act("touchpoint", seeker, client, random, options);
      return call(
        client,
        options,
        "record attempt",
        "write",
        "POST",
        `/api/conversations/${conversation}/attempts`,
        {
          channel: "email",
          message: "Would you have 20 minutes to tell me how you got into the field?",
        },
      );
    }
    case "touchpoint":
      return call(client, options, "log touchpoint", "write", "POST", "/api/touchpoints", {
        personId: person,
        direction: random.next() < 0.5 ? "given" : "received",
        summary: "Sent an article about inventory forecasting",
      });
    case "notes":
      return call(client, options, "save notes", "write", "PATCH", `/api/people/${person}`, {
        notes: `Met at the spring meetup; follow up about the planning team (${Math.floor(random.next() * 1000)})`,
      });
  }
}

/** One seeker's loop until the deadline. Errors are recorded and the seeker carries on. */
export async function runSeeker(
  seeker: Seeker,
  client: SessionClient,
  random: Random,
  options: MixOptions,
  errors: string[],
): Promise<void> {
  // Seekers do not all start at once.
  await sleep(random.next() * options.thinkMs.max);
  while (performance.now() < options.deadline) {
    try {
      await act(random.weighted(ACTIONS), seeker, client, random, options);
    } catch (error) {
      if (errors.length < 20) errors.push(error instanceof Error ? error.message : String(error));
    }
    const { min, max } = options.thinkMs;
    await sleep(min + random.next() * (max - min));
  }
}
