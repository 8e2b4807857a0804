// The words of the request and the thank-you, with {placeholders} filled from the person and the
// target. These built-in ones are every seeker's defaults; a seeker's own edits are kept on the
// server and fall back to these field by field.

export interface Templates {
  myName: string;
  requestSubject: string;
  request: string;
  thankYouEmail: string;
  thankYouCard: string;
}

export const TEMPLATE_KEYS = [
  "myName",
  "requestSubject",
  "request",
  "thankYouEmail",
  "thankYouCard",
] as const satisfies readonly (keyof Templates)[];
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const TEMPLATE_FIELDS = [
  "firstName",
  "fullName",
  "myName",
  "whoIAm",
  "howIFoundYou",
  "minutes",
  "whyYou",
  "whyYes",
  "organization",
  "role",
  "learned",
] as const;

export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export const BUILT_IN_TEMPLATES: Readonly<Templates> = {
  myName: "",
  requestSubject: "{minutes} minutes of your advice?",
  request: [
    "Dear {firstName},",
    "",
    "{whoIAm}",
    "",
    "{howIFoundYou} {whyYou}",
    "",
    "Could I have {minutes} minutes of your time, by phone, video or over a coffee, to hear how you got where you are and how you see the field? I am not asking you for a job: I am trying to understand the work before I go further.",
    "",
    "{whyYes}",
    "",
    "Any time that suits you over the next two weeks would be perfect.",
    "",
    "With thanks,",
    "{myName}",
  ].join("\n"),
  thankYouEmail: [
    "Dear {firstName},",
    "",
    "Thank you for the time you gave me. {learned}",
    "",
    "I will keep you posted on how my search goes, and I would be glad to return the favor if I can ever help.",
    "",
    "Best regards,",
    "{myName}",
  ].join("\n"),
  thankYouCard: [
    "Dear {firstName},",
    "",
    "Thank you for our conversation. {learned} Your advice gave me a clear next step.",
    "",
    "Warmly,",
    "{myName}",
  ].join("\n"),
};

/**
 * A reason for them to say yes (the articles: a future colleague or good applicant, the wish to
 * give back, a school in common). Shared ground comes first because it is the strongest.
 */
export function reasonToSayYes(facts: { sharedSchool: boolean; role: string | null }): string {
  if (facts.sharedSchool) {
    return "We share a school, and I would be glad to do for the next students what I hope you can do for me.";
  }
  const work = facts.role ? `${inSentence(facts.role)} work` : "this work";
  return `People starting out in ${work} will one day be your colleagues and applicants; I hope to be one worth recommending, and to pass the favor on.`;
}

/** "Supply chain analyst" reads "supply chain analyst" mid-sentence; "CFO" stays. */
function inSentence(title: string): string {
  const [first = "", second = ""] = title;
  return second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

/**
 * The fields the person writes as sentences of their own (what they learned, why this person…).
 * Names, numbers and titles are words inside someone else's sentence and are left as typed.
 */
const SENTENCE_FIELDS: ReadonlySet<TemplateField> = new Set([
  "whoIAm",
  "howIFoundYou",
  "whyYou",
  "whyYes",
  "learned",
]);

/** Ends like a sentence: a full stop, question or exclamation mark, maybe inside quotes. */
const ENDS_A_SENTENCE = /[.!?…]["'”’)\]]*$/;

/** "your tip to learn SQL" becomes "Your tip to learn SQL." where a sentence of its own stands. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  const capitalized = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return ENDS_A_SENTENCE.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** Where a placeholder stands: at the start of a sentence, and before another sentence or the end. */
function standsAlone(template: string, start: number, end: number): boolean {
  const before = template.slice(0, start);
  const after = template.slice(end);
  const previous = /\{(\w+)\}\s+$/.exec(before)?.[1] as TemplateField | undefined;
  const startsSentence =
    before.trim() === "" ||
    /(\n|[.!?…]["'”’)]*\s)\s*$/.test(before) ||
    (previous !== undefined && SENTENCE_FIELDS.has(previous));
  const endsSentence = /^(\s*$|[ \t]*\n|\s+(\{\w+\}|["'“‘(]?\p{Lu}))/u.test(after);
  return startsSentence && endsSentence;
}

/**
 * Fills {field} placeholders; an empty field leaves no stray braces or double spaces. Text the
 * person typed into a field that stands as a sentence of its own is capitalized and punctuated
 * where it is inserted, so "…our conversation. your tip to learn" reads "…our conversation.
 * Your tip to learn…".
 */
export function fillTemplate(
  template: string,
  values: Partial<Record<TemplateField, string>>,
): string {
  return template
    .replace(/\{(\w+)\}/g, (placeholder: string, name: string, offset: number) => {
      const value = values[name as TemplateField]?.trim() ?? "";
      const alone =
        SENTENCE_FIELDS.has(name as TemplateField) &&
        standsAlone(template, offset, offset + placeholder.length);
      return alone ? asSentence(value) : value;
    })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/ {2,}/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}
