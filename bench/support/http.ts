// A small HTTP GET over Node's keep-alive agent, timed from request to the last body byte.
import { Agent, request } from "node:http";

export interface Answer {
  status: number;
  body: string;
  ms: number;
}

export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets });
}

export function get(
  url: string,
  agent: Agent,
  options: { discard?: boolean } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        if (!options.discard) chunks.push(chunk);
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** GETs a URL and insists on a 200 with JSON, naming the URL when it is not. */
export async function getJson<T>(url: string, agent: Agent): Promise<T> {
  const answer = await get(url, agent);
  if (answer.status !== 200) {
    throw new Error(`GET ${url} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  }
  return JSON.parse(answer.body) as T;
}

/** Times `count` sequential GETs, failing on any answer but 200. */
export async function timeSequential(
  urls: readonly string[],
  agent: Agent,
): Promise<{ url: string; ms: number }[]> {
  const timings: { url: string; ms: number }[] = [];
  for (const url of urls) {
    const answer = await get(url, agent, { discard: true });
    if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}`);
    timings.push({ url, ms: answer.ms });
  }
  return timings;
}
