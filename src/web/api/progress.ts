import { useQuery } from "@tanstack/react-query";
import { api } from "./client";
import { roots } from "./keys";
import type { Progress } from "./types";

export const useProgress = () =>
  useQuery({ queryKey: roots.progress, queryFn: () => api.get<Progress>("/api/progress") });
