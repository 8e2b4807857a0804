// The request and thank-you templates, kept on the server per owner (the built-in ones until
// the seeker edits them).
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { templatesUpdate } from "../../app/views/templates.js";
import { api } from "./client";
import { roots, type Stale } from "./keys";
import type { TemplatesView } from "./types";

export const useTemplates = () =>
  useQuery({
    queryKey: roots.templates,
    queryFn: () => api.get<TemplatesView>("/api/templates"),
    staleTime: 60_000,
  });

export const saveTemplates = (changes: z.input<typeof templatesUpdate>) =>
  api.put<TemplatesView>("/api/templates", changes);

export const templatesChanged: Stale = [roots.templates];
