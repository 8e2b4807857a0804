// The daily digest: what Today holds that needs doing, as one e-mail. Composed once into plain
// data (sections of items, each with a link into the app), then rendered twice from it — text
// and HTML — with every piece of user text escaped in the HTML. A day with nothing due has no
// digest at all.
import { Temporal } from "temporal-polyfill";
import { FOLLOW_UP_ACTION } from "../../domain/labels.js";
import type { Today, TodayConversation, TodayFollowUp } from "../views/today.js";
import type { MailMessage } from "./mailer.js";
import { escapeHtml } from "./render.js";

export interface DigestItem {
  text: string;
  /** Where in the app to act on it. */
  url: string;
}

export interface DigestSection {
  title: string;
  items: DigestItem[];
}

export interface Digest {
  date: string;
  timeZone: string;
  sections: DigestSection[];
  /** The Today page. */
  todayUrl: string;
}

function timeOf(instant: string, timeZone: string): string {
  const local = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
}

function followUpItem(f: TodayFollowUp, date: string, appUrl: string): DigestItem {
  const late = f.dueOn < date ? ` (due ${f.dueOn})` : "";
  const url =
    f.kind === "thank_you" && f.conversationId
      ? `${appUrl}/conversations/${f.conversationId}/after`
      : `${appUrl}/people/${f.personId}`;
  return { text: `${FOLLOW_UP_ACTION[f.kind]}: ${f.personName}${late}`, url };
}

function conversationItem(c: TodayConversation, timeZone: string, appUrl: string): DigestItem {
  return {
    text: `${timeOf(c.scheduledAt, timeZone)} ${c.personName}, ${c.requestedMinutes} min — prepare`,
    url: `${appUrl}/conversations/${c.id}/prepare`,
  };
}

/** The digest for a day, or null when nothing is due (no mail that day). */
export function composeDigest(day: Today, appUrl: string): Digest | null {
  const followUps = [...day.followUps.overdue, ...day.followUps.dueToday];
  const thankYous = followUps.filter((f) => f.kind === "thank_you");
  const others = followUps.filter((f) => f.kind !== "thank_you");
  const conversations = day.upcoming.filter(
    (c) =>
      Temporal.Instant.from(c.scheduledAt)
        .toZonedDateTimeISO(day.timeZone)
        .toPlainDate()
        .toString() === day.date,
  );
  const sections: DigestSection[] = [
    { title: "Thank-yous", items: thankYous.map((f) => followUpItem(f, day.date, appUrl)) },
    { title: "Follow-ups", items: others.map((f) => followUpItem(f, day.date, appUrl)) },
    {
      title: "Requests to retry",
      items: day.retries.map((r) => ({
        text: `${FOLLOW_UP_ACTION[r.kind]}: ${r.personName} (attempt ${r.attempts} of ${r.maxAttempts})`,
        url: `${appUrl}/outreach/${r.conversationId ?? ""}`,
      })),
    },
    {
      title: "Today's conversations",
      items: conversations.map((c) => conversationItem(c, day.timeZone, appUrl)),
    },
    {
      title: "Held? Record what happened",
      items: day.toRecord.map((c) => ({
        text: `${c.personName} (${c.scheduledAt.slice(0, 10)})`,
        url: `${appUrl}/conversations/${c.id}/after`,
      })),
    },
  ].filter((s) => s.items.length > 0);
  if (sections.length === 0) return null;
  return { date: day.date, timeZone: day.timeZone, sections, todayUrl: `${appUrl}/` };
}

export interface DigestDelivery {
  to: string;
  /** One-click unsubscribe (RFC 8058); absent in local mode, where cron decides. */
  unsubscribeUrl?: string;
  /** Where the person changes the hour or turns the mail off. */
  settingsUrl?: string;
}

export function digestSubject(digest: Digest): string {
  const count = digest.sections.reduce((n, s) => n + s.items.length, 0);
  return `Inroads: ${count} thing${count === 1 ? "" : "s"} for ${digest.date}`;
}

function footerLines(delivery: DigestDelivery): string[] {
  return [
    "You get this because the daily digest is on.",
    ...(delivery.settingsUrl ? [`Change the hour or turn it off: ${delivery.settingsUrl}`] : []),
    ...(delivery.unsubscribeUrl ? [`Unsubscribe: ${delivery.unsubscribeUrl}`] : []),
  ];
}

export function renderDigest(digest: Digest, delivery: DigestDelivery): MailMessage {
  const subject = digestSubject(digest);
  const text = [
    `Your day, ${digest.date} (${digest.timeZone})`,
    ...digest.sections.map((s) =>
      [s.title, ...s.items.map((i) => `- ${i.text}\n  ${i.url}`)].join("\n"),
    ),
    `Open Today: ${digest.todayUrl}`,
    ["--", ...footerLines(delivery)].join("\n"),
  ].join("\n\n");
  const link = (url: string, label: string) =>
    `<a href="${escapeHtml(url)}" style="color: inherit; text-decoration: underline">${escapeHtml(label)}</a>`;
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: system-ui, -apple-system, Segoe UI, sans-serif; font-size: 16px; line-height: 1.5; max-width: 36em; margin: 0 auto; padding: 1em">',
    `<h1 style="font-size: 1.3em; margin: 0 0 0.5em">Your day, ${escapeHtml(digest.date)}</h1>`,
    ...digest.sections.flatMap((s) => [
      `<h2 style="font-size: 1.05em; margin: 1.2em 0 0.3em">${escapeHtml(s.title)}</h2>`,
      '<ul style="margin: 0; padding-left: 1.2em">',
      ...s.items.map((i) => `<li style="margin: 0.3em 0">${link(i.url, i.text)}</li>`),
      "</ul>",
    ]),
    `<p style="margin-top: 1.5em">${link(digest.todayUrl, "Open Today in Inroads")}</p>`,
    '<hr style="border: 0; border-top: 1px solid currentColor; opacity: 0.3">',
    `<p style="font-size: 0.85em">${footerLines(delivery)
      .map((line) => {
        const at = line.indexOf(": http");
        return at < 0 ? escapeHtml(line) : link(line.slice(at + 2), line.slice(0, at));
      })
      .join("<br>")}</p>`,
    "</body></html>",
  ].join("\n");
  const headers: Record<string, string> = delivery.unsubscribeUrl
    ? {
        "List-Unsubscribe": `<${delivery.unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }
    : {};
  return { to: delivery.to, subject, text, html, headers };
}
