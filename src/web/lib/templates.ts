// Filling and sending the request and the thank-you. The templates themselves are kept on the
// server (api/templates.ts); their words and placeholders are the domain's.
export {
  fillTemplate,
  firstName,
  TEMPLATE_FIELDS,
  type TemplateField,
  type Templates,
} from "../../domain/templates.js";

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
