// Outreach attempts: recorded through the conversation's pipeline, answered here.
import type { z } from "zod";
import type { responseInput } from "../../app/pipeline/outreach.js";
import { api } from "./client";
import { resourceClient } from "./resource";
import type { Attempt } from "./types";

export const attemptsApi = resourceClient<Attempt, never, { message?: string }>("attempts");

/** A yes or a no stops the retries; a no ends the request. Stale: see stepTaken. */
export const recordResponse = (attemptId: string, body: z.input<typeof responseInput>) =>
  api.post<Attempt>(`/api/attempts/${attemptId}/response`, body);
