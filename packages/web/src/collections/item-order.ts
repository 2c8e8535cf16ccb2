/**
 * The items editor's list operations, pure so they are tested alone: moving an item one place,
 * removing one, adding one at the end. Each returns a new array and leaves the input as it was.
 */

/** The list with the item at `index` swapped with its neighbour (`-1` up, `+1` down); unchanged at an end. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The list without the item whose `id` this is. */
export function removeItem<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}

/** The list with `item` at the end, unless one with its id is already there (a collection lists each once). */
export function addItem<T extends { id: string }>(items: readonly T[], item: T): T[] {
  return items.some((existing) => existing.id === item.id) ? [...items] : [...items, item];
}

/** Whether two lists hold the same ids in the same order (what a save would change). */
export const sameOrder = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((item, index) => item.id === b[index]!.id);
