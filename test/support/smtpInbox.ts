// A real SMTP server on 127.0.0.1 for tests: every message it accepts is parsed with mailparser
// and kept, oldest first. It can listen on a port chosen before it starts, so a test can point
// a sender at a server that is not there yet (a mail server that is down).
import { createServer } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpInbox {
  url: string;
  mail: ParsedMail[];
  /** Starts answering (if it was created down). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function smtpInbox(options: { down?: boolean } = {}): Promise<SmtpInbox> {
  const mail: ParsedMail[] = [];
  const port = await freePort();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (parsed) => {
          mail.push(parsed);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  let listening = false;
  const start = async () => {
    if (listening) return;
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    listening = true;
  };
  if (!options.down) await start();
  return {
    url: `smtp://127.0.0.1:${port}`,
    mail,
    start,
    close: () =>
      listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve(),
  };
}

/** The raw value of a header as it arrived (mailparser's lines keep the original text). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(":") + 1).trim();
}

/** Waits until `count` messages have arrived, or fails after `ms`. */
export async function waitForMail(inbox: SmtpInbox, count: number, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (inbox.mail.length < count) {
    if (Date.now() > until) {
      throw new Error(`expected ${count} messages, got ${inbox.mail.length}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
