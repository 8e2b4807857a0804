// Sending mail, behind one small interface: SMTP through nodemailer when SMTP_URL is set, and
// otherwise a sender that prints each message's links for the admin to pass on (a server for a
// small group may have no mail server at all). Tests talk SMTP to a real server on 127.0.0.1.
import { createTransport } from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe; each kept on one line. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** How mail leaves, for the line printed at start. */
  describe(): string;
  send(message: MailMessage): Promise<void>;
}

/**
 * Our own headers go out as given, on one line: nodemailer would fold a long one, and a folded
 * List-Unsubscribe breaks DKIM at some relays. Their values are ours, never a user's text.
 */
function unfolded(headers: Record<string, string> = {}) {
  return Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [
      key,
      { prepared: true, value: value.replace(/[\r\n]+/g, " ") },
    ]),
  );
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  const shown = url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
  return {
    describe: () => `mail is sent through ${shown}`,
    async send(message) {
      await transport.sendMail({ from, ...message, headers: unfolded(message.headers) });
    },
  };
}

/** Without a mail server: the links are printed where the admin can read them. */
export function printingMailer(print: (line: string) => void): Mailer {
  return {
    describe: () =>
      "no SMTP_URL: mail is not sent; each message's links are printed here for you to pass on",
    async send(message) {
      const links = message.text.match(/https?:\/\/\S+/g) ?? [];
      print(`mail to ${message.to}: ${message.subject}${links.map((l) => `\n  ${l}`).join("")}`);
    },
  };
}

export function mailerFromEnvironment(
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Mailer {
  const from = env.MAIL_FROM ?? "Inroads <inroads@localhost>";
  return env.SMTP_URL ? smtpMailer(env.SMTP_URL, from) : printingMailer(print);
}
