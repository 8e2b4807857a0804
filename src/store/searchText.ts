// Search must find "Álvarez" when the user types "alvarez" on both engines. Rather than rely on
// each engine's accent handling, we store a folded, pre-tokenised copy of the searchable text:
// lower case, no diacritics, words separated by single spaces.

export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .join(" ");
}

/** The words of a query, folded the same way as the stored text. */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded.length === 0 ? [] : folded.split(" ").slice(0, 8);
}
