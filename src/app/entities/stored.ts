// The generic repository reads every entity as a plain record; its columns come from the same
// resource definition as the entity's schema, so a stored row has the schema's shape. This is the
// one place that says so, and the API contract test checks real answers against the schemas.
import type { z } from "zod";
import type { Entity } from "../../store/tableSpec.js";

export function asStored<S extends z.ZodType>(_schema: S, entity: Entity): z.output<S> {
  return entity as z.output<S>;
}
