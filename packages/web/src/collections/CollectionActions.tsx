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
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
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
  const wasConfirming = useRef(false);
  // The question takes focus itself (ConfirmDelete); "Cancel" gives it back to "Delete".
  useEffect(() => {
    if (!confirming && wasConfirming.current) opener.current?.focus();
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
        <ConfirmDelete
          id="collection-delete-question"
          question={fill(c.deleteConfirm, { title })}
          yes={remove.isPending ? c.deleting : c.deleteYes}
          busy={remove.isPending}
          error={remove.isError ? remove.error : null}
          onConfirm={() => remove.mutate()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
