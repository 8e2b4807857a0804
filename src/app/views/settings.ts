// The settings as GET and PUT /api/settings answer them.
import type { z } from "zod";
import type { settingsSchema } from "../settingsSchema.js";

export type Settings = z.output<typeof settingsSchema>;
export type SettingsUpdate = Partial<z.input<typeof settingsSchema>>;
