// The thank-you nudge: one short mail when a held conversation still has no thank-you.
import type { MailMessage } from "./mailer.js";
import { renderSimple } from "./render.js";

export interface NudgeFacts {
  to: string;
  personName: string;
  /** The conversation's After step, where the thank-you is written and recorded. */
  url: string;
  unsubscribeUrl?: string;
}

export function nudgeMail(facts: NudgeFacts): MailMessage {
  const message = renderSimple({
    to: facts.to,
    subject: `Thank ${facts.personName} today`,
    paragraphs: [
      `You talked with ${facts.personName}, and no thank-you is recorded yet.`,
      "A short note within a day, naming one thing you learned, is what people remember.",
    ],
    action: { label: "Write the thank-you", url: facts.url },
    footer: facts.unsubscribeUrl
      ? `One nudge per conversation. Stop these: ${facts.unsubscribeUrl}`
      : "One nudge per conversation.",
  });
  return {
    ...message,
    headers: facts.unsubscribeUrl
      ? {
          "List-Unsubscribe": `<${facts.unsubscribeUrl}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
      : {},
  };
}
