import type { ConversationStatus } from "../../domain/vocabulary.js";

/** Where a conversation is worked on next, by where it stands in the pipeline. */
export function nextStepHref(conversationId: string, status: ConversationStatus): string {
  switch (status) {
    case "identified":
    case "asked":
    case "declined":
    case "no_response":
    case "cancelled":
      return `/outreach/${conversationId}`;
    case "scheduled":
      return `/conversations/${conversationId}/prepare`;
    default:
      return `/conversations/${conversationId}/after`;
  }
}

/** What the next step is called; a yes still "asked" waits for its date. */
export function nextStepLabel(status: ConversationStatus, saidYes = false): string {
  if (saidYes && status === "asked") return "Put it on the calendar";
  switch (status) {
    case "identified":
      return "Ask for a conversation";
    case "asked":
      return "Outreach";
    case "scheduled":
      return "Prepare";
    case "held":
      return "Thank them";
    case "declined":
    case "no_response":
    case "cancelled":
      return "See the request";
    default:
      return "Open";
  }
}

/** Still under way: not ended and not yet past the conversation itself. */
export function isOpenRequest(status: ConversationStatus): boolean {
  return status === "identified" || status === "asked" || status === "scheduled";
}
