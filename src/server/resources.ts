// Every resource the API exposes, with the service that runs its use cases: the entities of
// the registry that are served under /api/<plural>, in its order.
import type { ResourceService } from "../app/crud.js";
import { ENTITIES } from "../app/entities/registry.js";

export interface ExposedResource {
  service: ResourceService;
  /** false when creating goes through a use case route instead of the plain POST. */
  create: boolean;
}

export const RESOURCES: ExposedResource[] = ENTITIES.flatMap((entry) =>
  entry.api ? [{ service: entry.service, create: entry.api.create === "open" }] : [],
);
