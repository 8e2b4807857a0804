import { type ComponentType, lazy } from "react";

/** A page in its own chunk: the first screen loads only what it shows. */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
