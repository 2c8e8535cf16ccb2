/**
 * The driver diagram as the outline editor holds it, and the outline's moves: reorder, indent a
 * primary driver under the one before it, outdent a secondary after its parent, remove. Keys are
 * the saved nodes' ids, or `new-…` for nodes made here (the API makes a node of any unknown key).
 */
import type { DriverDiagram, DriverDiagramInput } from '../api/types.ts';
import type { Picked } from '../practices/PracticePickers.tsx';

export interface DraftNode {
  key: string;
  text: string;
}
export interface DraftPrimary extends DraftNode {
  secondary: DraftNode[];
}
export interface DraftIdea extends DraftNode {
  driverKeys: string[];
  resources: Picked[];
  practices: Picked[];
}
export interface DiagramDraft {
  primary: DraftPrimary[];
  changeIdeas: DraftIdea[];
}

let made = 0;
export const newKey = () => `new-${Date.now().toString(36)}-${(made += 1)}`;

export const draftOf = (diagram: DriverDiagram): DiagramDraft => ({
  primary: diagram.primary.map((driver) => ({
    key: driver.id,
    text: driver.text,
    secondary: driver.secondary.map((node) => ({ key: node.id, text: node.text })),
  })),
  changeIdeas: diagram.changeIdeas.map((idea) => ({
    key: idea.id,
    text: idea.text,
    driverKeys: idea.driverIds,
    resources: idea.resources.map((resource) => ({ id: resource.id, name: resource.title })),
    practices: idea.practices.map((practice) => ({ id: practice.id, name: practice.title })),
  })),
});

export const inputOf = (draft: DiagramDraft): DriverDiagramInput => {
  const keys = new Set(draft.primary.flatMap((p) => [p.key, ...p.secondary.map((s) => s.key)]));
  return {
    primary: draft.primary,
    changeIdeas: draft.changeIdeas.map((idea) => ({
      key: idea.key,
      text: idea.text,
      // A link to a removed driver goes with it.
      driverKeys: idea.driverKeys.filter((key) => keys.has(key)),
      resourceIds: idea.resources.map((resource) => resource.id),
      practiceIds: idea.practices.map((practice) => practice.id),
    })),
  };
};

/** `list` with the item at `from` moved by `by` places (unchanged at either end). */
export function moved<T>(list: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** The primary at `index` becomes the last secondary of the one before it (its own secondaries follow it). */
export function indent(draft: DiagramDraft, index: number): DiagramDraft {
  const parent = draft.primary[index - 1];
  const node = draft.primary[index];
  if (!parent || !node) return draft;
  const primary = draft.primary.filter((_, at) => at !== index);
  primary[index - 1] = {
    ...parent,
    secondary: [...parent.secondary, { key: node.key, text: node.text }, ...node.secondary],
  };
  return { ...draft, primary };
}

/** The secondary at `index` of primary `parentIndex` becomes a primary right after its parent. */
export function outdent(draft: DiagramDraft, parentIndex: number, index: number): DiagramDraft {
  const parent = draft.primary[parentIndex];
  const node = parent?.secondary[index];
  if (!parent || !node) return draft;
  const primary = [...draft.primary];
  primary[parentIndex] = { ...parent, secondary: parent.secondary.filter((_, at) => at !== index) };
  primary.splice(parentIndex + 1, 0, { key: node.key, text: node.text, secondary: [] });
  return { ...draft, primary };
}
