/**
 * "Edit the practice" and "Delete the practice" on its page, for those the server's
 * `permissions.edit` allows; deleting asks first, then goes back to the list and says so there.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PracticeDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
import { deletePractice, practiceKeys } from './practices.api.ts';

export function PracticeActions({ practice }: { practice: PracticeDetail }) {
  const { t, fill } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const remove = useMutation({
    mutationFn: () => deletePractice(practice.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: practiceKeys.all(practice.id) });
      void queryClient.invalidateQueries({ queryKey: ['practices'] });
      announce(fill(p.deleted, { title: practice.title }));
      void navigate('/practices');
    },
  });
  const cancel = () => {
    setConfirming(false);
    // The button comes back with the next render; focus it then, where the person was.
    window.requestAnimationFrame(() => deleteButton.current?.focus());
  };
  return (
    <div className="practice-actions">
      <p className="form-actions">
        <Link className="button-secondary" to={`/practices/${practice.id}/edit`}>
          {p.edit}
        </Link>
        {!confirming ? (
          <button
            ref={deleteButton}
            type="button"
            className="button-danger"
            onClick={() => setConfirming(true)}
          >
            {p.delete}
          </button>
        ) : null}
      </p>
      {confirming ? (
        <ConfirmDelete
          id="practice-delete-confirm"
          question={fill(p.deleteConfirm, { title: practice.title })}
          yes={p.deleteYes}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onCancel={cancel}
        />
      ) : null}
    </div>
  );
}
