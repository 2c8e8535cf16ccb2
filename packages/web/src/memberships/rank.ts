/**
 * Orders type-ahead results by how well they match what was typed. The API returns substring
 * and similar-spelling matches in name order, so an exact name can sit behind a dozen near
 * misses; here exact matches come first, then names starting with the text, then containing it.
 */

/** Lower-case, without accents: "Íñigo" → "inigo". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

function score(name: string, typed: string): number {
  const folded = fold(name);
  if (folded === typed) return 0;
  if (folded.startsWith(typed)) return 1;
  if (folded.split(/\s+/).some((word) => word.startsWith(typed))) return 2;
  if (folded.includes(typed)) return 3;
  return 4;
}

/** The best `limit` items for `typed`, best first; ties keep the API's order. */
export function rankByMatch<T>(items: T[], nameOf: (item: T) => string, typed: string, limit: number): T[] {
  const needle = fold(typed);
  return items
    .map((item, index) => ({ item, index, score: score(nameOf(item), needle) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
}
