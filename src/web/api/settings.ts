// The practice's numbers, and the sample data for a first run.
import { useQuery } from "@tanstack/react-query";
import type { SettingsUpdate } from "../../app/views/settings.js";
import { api } from "./client";
import { everything, roots, type Stale } from "./keys";
import type { DemoLoaded, PracticeSettings } from "./types";

export const useSettings = () =>
  useQuery({
    queryKey: roots.settings,
    queryFn: () => api.get<PracticeSettings>("/api/settings"),
    staleTime: 60_000,
  });

export const saveSettings = (changes: SettingsUpdate) =>
  api.put<PracticeSettings>("/api/settings", changes);

/** The time zone and the numbers decide what is due, retry counts and pitch timing. */
export const settingsChanged: Stale = [roots.settings, roots.today, roots.targets];

export const loadDemo = () => api.post<DemoLoaded>("/api/demo", {});
export const demoLoaded: Stale = everything;
