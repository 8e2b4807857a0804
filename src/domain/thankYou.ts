// The thank-you: within a day, by email or, for more impact, a paper card. A card needs a
// mailing address, and any thank-you needs the name spelled right — the one thing a reader
// always notices.
import { Conflict } from "./errors.js";
import type { ThankYouChannel } from "./vocabulary.js";

export interface ThankYouFacts {
  channel: ThankYouChannel;
  /** The seeker checked the spelling of the name (see the person's name note). */
  nameChecked: boolean;
  mailingAddress: string | null;
}

/** Rules "card needs an address" and "name checked": a refusal names the field to fix. */
export function assertThankYouReady(facts: ThankYouFacts): void {
  if (!facts.nameChecked) {
    const message =
      "check the spelling of their name before sending thanks (name checked), then send nameChecked: true";
    throw new Conflict(message, [{ field: "nameChecked", message: "the name was not checked" }]);
  }
  if (facts.channel === "card" && !facts.mailingAddress?.trim()) {
    const message =
      "a thank-you card needs their mailing address (card needs an address); add it to the person, or thank them by email";
    throw new Conflict(message, [
      { field: "mailingAddress", message: "a card needs the person's mailing address" },
    ]);
  }
}
