/**
 * What an editable item of a practice's lists (an evidence item, an adoption) shares: its Edit and
 * Delete buttons, and its removal, which says so, moves focus to the list's heading (the item is
 * gone) and refreshes the practice, whose counts and travel change with it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { practiceKeys } from './practices.api.ts';

/** Edit and Delete, both described by the element that names the item (`describedBy`). */
export function ItemActions({
  describedBy,
  editRef,
  onEdit,
  onDelete,
}: {
  describedBy: string;
  editRef: RefObject<HTMLButtonElement | null>;
  onEdit(): void;
  onDelete(): void;
}) {
  const { t } = useI18n();
  return (
    <p className="item-actions">
      <button
        ref={editRef}
        type="button"
        className="button-secondary"
        aria-describedby={describedBy}
        onClick={onEdit}
      >
        {t.practices.editItem}
      </button>
      <button type="button" className="button-quiet" aria-describedby={describedBy} onClick={onDelete}>
        {t.practices.deleteItem}
      </button>
    </p>
  );
}

/** `refresh()` after a change to one of the practice's items, and `remove`, the item's deletion. */
export function usePracticeItem(options: {
  practiceId: string;
  remove(): Promise<unknown>;
  deleted: string;
  listHeading: RefObject<HTMLHeadingElement | null>;
}) {
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: practiceKeys.all(options.practiceId) });
    void queryClient.invalidateQueries({ queryKey: ['practices'] });
  };
  const remove = useMutation({
    mutationFn: options.remove,
    onSuccess: () => {
      announce(options.deleted);
      options.listHeading.current?.focus();
      refresh();
    },
  });
  return { refresh, remove };
}
