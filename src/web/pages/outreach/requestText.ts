// The request's parts, filled from what we know of the person and the target.

import { asSentence, reasonToSayYes } from "../../../domain/templates.js";
import type { HowKnown } from "../../../domain/vocabulary.js";
import { firstName } from "../../lib/templates";
import type { OutreachFacts } from "./useOutreach";

const FOUND_THROUGH: Partial<Record<HowKnown, string>> = {
  classmate_or_alumni: "I found you through our alumni network.",
  former_coworker: "We crossed paths as colleagues, and you came to mind first.",
  former_boss: "You know my work better than almost anyone, so I wanted to ask you first.",
  friend: "I am writing to you as a friend, but about my work.",
  family: "I am writing to you about my work for once.",
  community: "We know each other from the community, and I thought of you.",
  directory: "I found your name in the member directory.",
  professor_or_teacher:
    "You taught me, and your classes are part of why I am looking at this field.",
  association: "I found you through the association we both belong to.",
  chamber_or_trade_directory: "I found your name in the chamber of commerce directory.",
  online: "I came across your profile while reading about the field.",
  supplier: "We know each other through work, from the supplier side.",
  customer: "We know each other through work, from the customer side.",
};

export function howIFoundYou(facts: OutreachFacts): string {
  const { introducer, person } = facts;
  if (introducer?.mayUseName) {
    return `${introducer.person.fullName} suggested I get in touch with you.`;
  }
  return FOUND_THROUGH[person.howKnown] ?? "I came across your name while researching the field.";
}

/** "Director of operations" reads "director of operations" mid-sentence; "CFO" stays. */
function inSentence(title: string): string {
  const [first = "", second = ""] = title;
  return second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

export function whyYou(facts: OutreachFacts): string {
  const { person, organization, target } = facts;
  const where = organization ? ` at ${organization.name}` : "";
  if (person.title) {
    return `Your experience as ${inSentence(person.title)}${where} is close to the ${target?.role ?? "work"} I am aiming for.`;
  }
  return `Your experience${where} is exactly the view of ${target?.role ?? "the field"} I am looking for.`;
}

/** A reason for them to say yes: shared school first, else future colleagues and giving back. */
export function whyYes(facts: OutreachFacts): string {
  const sharedSchool =
    facts.person.howKnown === "classmate_or_alumni" ||
    facts.person.howKnown === "professor_or_teacher";
  return reasonToSayYes({ sharedSchool, role: facts.target?.role ?? null });
}

export function whoIAm(facts: OutreachFacts, myName: string): string {
  const pitch = facts.pitch;
  const parts = [pitch?.whoIAm, pitch?.whatIWant].filter((p): p is string => Boolean(p?.trim()));
  // Two parts of the pitch typed apart read as two sentences in the letter.
  if (parts.length > 0) return parts.map(asSentence).join(" ");
  return myName ? `My name is ${myName}.` : "";
}

export function requestValues(
  facts: OutreachFacts,
  edits: { howIFoundYou: string; whyYou: string; whyYes: string; myName: string },
) {
  return {
    firstName: firstName(facts.person.fullName),
    fullName: facts.person.fullName,
    myName: edits.myName,
    whoIAm: whoIAm(facts, edits.myName),
    howIFoundYou: edits.howIFoundYou,
    whyYou: edits.whyYou,
    whyYes: edits.whyYes,
    minutes: String(facts.conversation.requestedMinutes),
    organization: facts.organization?.name ?? "",
    role: facts.target?.role ?? "",
  };
}
