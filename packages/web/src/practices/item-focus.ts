/**
 * Where focus goes when an item of a list leaves its edit form or its delete question: to the
 * item itself after a save (so the change is read out in place), to its Edit button otherwise.
 */
import { useEffect, useRef, useState } from 'react';

export type ItemMode = 'view' | 'edit' | 'confirm';

/** The item's mode, the refs to focus, and `back(target)`, which shows the item again. */
export function useItemMode() {
  const [mode, setMode] = useState<ItemMode>('view');
  // A ref, not state: it only tells the effect of the next render where to go.
  const pending = useRef<'item' | 'edit' | null>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode !== 'view' || !pending.current) return;
    (pending.current === 'item' ? itemRef : editRef).current?.focus();
    pending.current = null;
  }, [mode]);
  const back = (target: 'item' | 'edit') => {
    pending.current = target;
    setMode('view');
  };
  return { mode, setMode, back, itemRef, editRef };
}
