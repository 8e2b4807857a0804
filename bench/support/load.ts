// A closed-loop load generator: `connections` workers, each with its own keep-alive socket,
// send GETs back to back for a while and count the answers. It runs in the bench process;
// the server under test runs in a child process.
import { get, keepAliveAgent } from "./http.js";

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
}

export async function runLoad(
  urlFor: (n: number) => string,
  options: { connections: number; durationMs: number },
): Promise<LoadResult> {
  const agent = keepAliveAgent(options.connections);
  let requests = 0;
  let errors = 0;
  let n = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const answer = await get(urlFor(n++), agent, { discard: true });
        if (answer.status === 200) requests++;
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests, errors, seconds, requestsPerSecond: requests / seconds };
}
