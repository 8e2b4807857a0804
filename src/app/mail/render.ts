// One message, two parts: plain text and simple HTML, both from the same data. Every piece of
// text a user typed is escaped before it goes into the HTML.
import type { MailMessage } from "./mailer.js";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface SimpleMessage {
  to: string;
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}

/** Readable without images, in light and dark mode alike (no colours forced on the text). */
export function renderSimple(message: SimpleMessage): MailMessage {
  const text = [
    ...message.paragraphs,
    ...(message.action ? [`${message.action.label}: ${message.action.url}`] : []),
    ...(message.footer ? ["--", message.footer] : []),
  ].join("\n\n");
  const html = [
    '<!doctype html><html><head><meta charset="utf-8">',
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">',
    `<title>${escapeHtml(message.subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 36em; margin: 1em auto; padding: 0 1em">',
    ...message.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(message.action
      ? [
          `<p><a href="${escapeHtml(message.action.url)}">${escapeHtml(message.action.label)}</a></p>`,
          `<p style="font-size: 0.9em">${escapeHtml(message.action.url)}</p>`,
        ]
      : []),
    ...(message.footer
      ? [`<hr><p style="font-size: 0.9em">${escapeHtml(message.footer)}</p>`]
      : []),
    "</body></html>",
  ].join("\n");
  return { to: message.to, subject: message.subject, text, html };
}
