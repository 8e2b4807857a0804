// The request and thank-you templates, kept per owner so they travel with the backup and
// survive a new browser. Fields the seeker never edited stay null and read as the built-in text.
import type { z } from "zod";
import { BUILT_IN_TEMPLATES, TEMPLATE_KEYS, type Templates } from "../domain/templates.js";
import { listPage } from "../store/ownedRepository.js";
import type { Entity } from "../store/tableSpec.js";
import { type AppContext, inTransaction, type Tx } from "./context.js";
import { createIn, updateIn } from "./crud.js";
import { templatesResource } from "./entities/templates.js";
import type { TemplatesView, templatesUpdate } from "./views/templates.js";

async function storedTemplates(ctx: AppContext, tx: Tx): Promise<Entity | undefined> {
  const { items } = await listPage(tx, templatesResource, ctx.ownerId, { limit: 1, offset: 0 });
  return items[0];
}

function viewOf(stored: Entity | undefined): TemplatesView {
  const inUse = { ...BUILT_IN_TEMPLATES } as Templates;
  const edited: (keyof Templates)[] = [];
  for (const key of TEMPLATE_KEYS) {
    const value = stored?.[key];
    if (typeof value === "string") {
      inUse[key] = value;
      edited.push(key);
    }
  }
  return { ...inUse, builtIn: { ...BUILT_IN_TEMPLATES }, edited };
}

export async function getTemplates(
  ctx: AppContext,
  tx: Tx = ctx.store.handle,
): Promise<TemplatesView> {
  return viewOf(await storedTemplates(ctx, tx));
}

export function saveTemplates(
  ctx: AppContext,
  input: z.output<typeof templatesUpdate>,
): Promise<TemplatesView> {
  return inTransaction(ctx, async (tx) => {
    const stored = await storedTemplates(ctx, tx);
    if (stored) await updateIn(ctx, tx, templatesResource, String(stored.id), input);
    else await createIn(ctx, tx, templatesResource, input);
    return getTemplates(ctx, tx);
  });
}
