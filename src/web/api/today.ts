import { useQuery } from "@tanstack/react-query";
import { api } from "./client";
import { roots } from "./keys";
import type { Today } from "./types";

export const useToday = () =>
  useQuery({ queryKey: roots.today, queryFn: () => api.get<Today>("/api/today") });
