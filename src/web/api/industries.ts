// Industries: named by typing in forms; a name not seen before becomes a new one.
import { resourceClient } from "./resource";
import type { Industry } from "./types";

interface IndustryFields {
  name: string;
  segments?: string[];
  notes?: string;
}

export const industriesApi = resourceClient<Industry, IndustryFields, Partial<IndustryFields>>(
  "industries",
);

/** The industry with this name, created when it is new. */
export async function industryIdFor(name: string): Promise<string | null> {
  const wanted = name.trim();
  if (!wanted) return null;
  const all = await industriesApi.all();
  const found = all.find(
    (i) => i.name.localeCompare(wanted, undefined, { sensitivity: "base" }) === 0,
  );
  if (found) return found.id;
  return (await industriesApi.create({ name: wanted })).id;
}
