// Message templates for the request and the thank-you. The API has no place for them yet, so
// they live in this browser's storage (see the report: a settings field is wanted).

export interface Templates {
  myName: string;
  requestSubject: string;
  request: string;
  thankYouEmail: string;
  thankYouCard: string;
}

export const TEMPLATE_FIELDS = [
  "firstName",
  "fullName",
  "myName",
  "whoIAm",
  "howIFoundYou",
  "minutes",
  "whyYou",
  "organization",
  "role",
  "learned",
] as const;

export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export const DEFAULT_TEMPLATES: Templates = {
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
    "I will keep you posted on how my search goes, and I would be glad to return the favour if I can ever help.",
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

const KEY = "inroads.templates.v1";

export function loadTemplates(): Templates {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "{}") as Partial<Templates>;
    return { ...DEFAULT_TEMPLATES, ...stored };
  } catch {
    return DEFAULT_TEMPLATES;
  }
}

export function saveTemplates(templates: Templates): void {
  localStorage.setItem(KEY, JSON.stringify(templates));
}

/** Fills {field} placeholders; an empty field leaves no stray braces or double spaces. */
export function fillTemplate(template: string, values: Partial<Record<TemplateField, string>>) {
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => values[name as TemplateField]?.trim() ?? "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/ {2,}/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}

export function mailtoHref(to: string | undefined, subject: string, body: string): string {
  const params = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${to ? encodeURIComponent(to).replace("%40", "@") : ""}?${params}`;
}

/** Copies text; falls back to the old selection trick where the clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}
