// The server in server mode (`serve --accounts`) on the career center's database, and the coach
// signed in over HTTP as a browser would be: the session cookie from POST
// /api/auth/sign-in/email rides on every request after it. On plain http (loopback) the cookies
// are not Secure and carry no __Host- prefix, so Node's client can send them back as they came.
import { type ChildProcess, spawn } from "node:child_process";
import { type Agent, request } from "node:http";
import { assertBuilt, CLI, cliEnv, ROOT } from "../support/processes.js";
import { COACH } from "./dataset.js";

export interface Answer {
  status: number;
  body: string;
  ms: number;
  cookies: string[];
}

/** One request over the sockets, timed from sending to the last byte of the body. */
export function send(
  url: string,
  sockets: Agent,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent: sockets, method: options.method ?? "GET", headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
            cookies: res.headers["set-cookie"] ?? [],
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

export interface ServerModeProcess {
  url: string;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
}

/** `inroads serve --accounts` on a free port; its public address is the one it listens on. */
export function startServerMode(database: string): Promise<ServerModeProcess> {
  assertBuilt();
  const child = spawn(
    process.execPath,
    [CLI, "--db", database, "serve", "--port", "0", "--accounts"],
    { cwd: ROOT, env: cliEnv(), stdio: ["ignore", "pipe", "pipe"] },
  );
  const stop = stopper(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`inroads serve --accounts ${why}:\n${output}`)));
    };
    const timer = setTimeout(() => fail("did not start in 60 s"), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve({ url: match[1], stop });
    };
    const onExit = (code: number | null) => fail(`exited with ${code}`);
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

/** Signs the coach in and answers the Cookie header to send with each request. */
export async function signInCoach(base: string, sockets: Agent): Promise<string> {
  const answer = await send(`${base}/api/auth/sign-in/email`, sockets, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: COACH.email, password: COACH.password }),
  });
  if (answer.status !== 200) {
    throw new Error(`the coach's sign-in answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  }
  const cookie = answer.cookies.map((line) => line.split(";")[0]).join("; ");
  if (!cookie) throw new Error("the coach's sign-in set no cookie");
  return cookie;
}
