// One person's browser in server mode, as the servers see it: the session cookie from POST
// /api/auth/sign-in/email on every request after it, the Origin of the instance it talks to,
// and for the crowd's seekers a loopback address of their own (so sign-in limits, counted per
// address, apply to each as to people on their own machines). Any instance serves any
// request, as behind a load balancer. On plain http (loopback) the cookies are not Secure and
// carry no __Host- prefix, so Node's client can send them back as they came.
import { Agent, request } from "node:http";

export interface Answer {
  status: number;
  body: string;
  ms: number;
  headers: Record<string, string | string[] | undefined>;
}

class StaleConnection extends Error {}

export class SessionClient {
  readonly #agent: Agent;
  cookie = "";

  /** Without `localAddress`, the system picks the address (127.0.0.1 for loopback). */
  constructor(localAddress?: string) {
    this.#agent = new Agent({ keepAlive: true, maxSockets: 2, localAddress });
  }

  /**
   * One request. A kept-alive connection the server closed just as it was reused fails before
   * any answer; a browser then sends the request again on a new connection, and so does this
   * (the retry Node's documentation gives for `reusedSocket`). Any other failure counts.
   */
  async send(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
    try {
      return await this.#once(base, method, path, body);
    } catch (error) {
      if (!(error instanceof StaleConnection)) throw error;
      return this.#once(base, method, path, body);
    }
  }

  /** A GET of a whole URL, timed as send() times it. */
  get(url: string): Promise<Answer> {
    const { origin, pathname, search } = new URL(url);
    return this.send(origin, "GET", `${pathname}${search}`);
  }

  #once(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { origin: base, accept: "application/json" };
    if (payload !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(`${base}${path}`, { method, headers, agent: this.#agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
            headers: res.headers,
          }),
        );
        res.on("error", reject);
      });
      req.on("error", (error: NodeJS.ErrnoException) =>
        reject(req.reusedSocket && error.code === "ECONNRESET" ? new StaleConnection() : error),
      );
      req.end(payload);
    });
  }

  async signIn(base: string, email: string, password: string): Promise<void> {
    const answer = await this.send(base, "POST", "/api/auth/sign-in/email", { email, password });
    if (answer.status !== 200) {
      throw new Error(
        `sign-in of ${email} answered ${answer.status}: ${answer.body.slice(0, 200)}`,
      );
    }
    const setCookie = answer.headers["set-cookie"] ?? [];
    this.cookie = (Array.isArray(setCookie) ? setCookie : [setCookie])
      .map((line) => line.split(";")[0])
      .join("; ");
    if (!this.cookie) throw new Error(`the sign-in of ${email} set no cookie`);
  }

  close(): void {
    this.#agent.destroy();
  }
}

/** The crowd's i-th seeker's loopback address: 127.0.1.1, 127.0.1.2… (all of 127/8 is this machine). */
export function loopbackAddress(i: number): string {
  return `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
}
