// The messages accounts send: an invitation, a password reset, an e-mail check. Plain words,
// one link each, and what to do if the message was not expected.
import type { MailMessage } from "../mail/mailer.js";
import { renderSimple } from "../mail/render.js";

interface Person {
  email: string;
  name: string;
}

const IGNORE = "If you did not expect this message, you can ignore it: nothing changes.";

export function invitationMail(person: Person, url: string): MailMessage {
  return renderSimple({
    to: person.email,
    subject: "You are invited to Inroads",
    paragraphs: [
      `Hello ${person.name || person.email},`,
      "You have been invited to Inroads, a workbench for informational interviews. Choose a password to start; the link works for 7 days.",
    ],
    action: { label: "Accept the invitation", url },
    footer: IGNORE,
  });
}

export function resetMail(person: Person, url: string): MailMessage {
  return renderSimple({
    to: person.email,
    subject: "Choose a new Inroads password",
    paragraphs: [
      `Hello ${person.name || person.email},`,
      "Someone asked to reset the password of this Inroads account. The link works for one hour; choosing a new password signs you out everywhere.",
    ],
    action: { label: "Choose a new password", url },
    footer: IGNORE,
  });
}

export function verificationMail(person: Person, url: string): MailMessage {
  return renderSimple({
    to: person.email,
    subject: "Confirm your e-mail for Inroads",
    paragraphs: [
      `Hello ${person.name || person.email},`,
      "Confirm that this address is yours to finish signing up for Inroads.",
    ],
    action: { label: "Confirm my e-mail", url },
    footer: IGNORE,
  });
}
