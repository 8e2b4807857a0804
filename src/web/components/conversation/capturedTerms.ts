// Words of the trade captured during one conversation. A glossary term belongs to its industry,
// not to a conversation, so this browser remembers which terms were captured where, and the
// conversation's "captured" list shows them beside the names and insights.
import { useQuery } from "@tanstack/react-query";
import { glossaryApi } from "../../api/insights";
import { roots } from "../../api/keys";
import type { GlossaryTerm } from "../../api/types";

const key = (conversationId: string) => `inroads.captured-terms.${conversationId}`;

function readIds(conversationId: string): string[] {
  try {
    const raw = localStorage.getItem(key(conversationId));
    const ids: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** Call once the term is saved; the glossary's refresh then shows it in the list. */
export function rememberCapturedTerm(conversationId: string, termId: string): void {
  try {
    const ids = readIds(conversationId);
    if (!ids.includes(termId)) {
      localStorage.setItem(key(conversationId), JSON.stringify([...ids, termId]));
    }
  } catch {
    // Not fatal: the term is in the glossary either way.
  }
}

export function useCapturedTerms(conversationId: string) {
  return useQuery({
    queryKey: [...roots.glossaryTerms, "captured", conversationId],
    queryFn: async (): Promise<GlossaryTerm[]> => {
      const terms = await Promise.all(
        readIds(conversationId).map((id) => glossaryApi.get(id).catch(() => null)),
      );
      return terms.filter((term): term is GlossaryTerm => term !== null);
    },
  });
}
