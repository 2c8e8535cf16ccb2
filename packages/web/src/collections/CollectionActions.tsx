/**
 * A collection's Edit and Delete, as the server's permissions say. Delete asks first; focus goes
 * to the question, back to "Delete" on "Cancel", and after deleting the reader is taken to the
 * network's collections (its resources stay in the bank).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CollectionDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { useAnnounce } from '../ui/status.tsx';
import { LEAVING_ON_PURPOSE } from './CollectionItemsEditor.tsx';
import { collectionKeys, deleteCollection } from './collections.api.ts';

export function CollectionActions({ collection, title }: { collection: CollectionDetail; title: string }) {
  const { t, fill } = useI18n();
  const c = t.collections;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const remove = useMutation({
    mutationFn: () => deleteCollection(collection.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: collectionKeys.detail(collection.id) });
      void queryClient.invalidateQueries({ queryKey: collectionKeys.network(collection.network.id) });
      announce(fill(c.deleted, { title }));
      void navigate(`/networks/${collection.network.slug}/collections`, { state: LEAVING_ON_PURPOSE });
    },
  });
  const { update, delete: mayDelete } = collection.permissions;
  if (!update && !mayDelete) return null;
  return (
    <div className="collection-actions">
      <p className="form-actions">
        {update ? (
          <Link className="button-secondary" to={`/collections/${collection.id}/edit`}>
            {c.edit}
          </Link>
        ) : null}
        {mayDelete && !confirming ? (
          <button ref={opener} type="button" className="button-danger" onClick={() => setConfirming(true)}>
            {c.delete}
          </button>
        ) : null}
      </p>
      {confirming ? (
        <div className="panel" role="group" aria-labelledby="collection-delete-question">
          <p id="collection-delete-question" ref={question} tabIndex={-1}>
            {fill(c.deleteConfirm, { title })}
          </p>
          {remove.isError ? <ErrorSummary problems={problemsOf(remove.error)} /> : null}
          <p className="form-actions">
            <button
              type="button"
              className="button-danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {remove.isPending ? c.deleting : c.deleteYes}
            </button>
            <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}
