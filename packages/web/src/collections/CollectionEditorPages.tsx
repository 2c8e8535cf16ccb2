/**
 * Creating a collection (/networks/:slug/collections/new) and editing one (/collections/:id/edit).
 * Both follow the server's permissions (the list's `create`, the collection's `update`); a reader
 * without them is told who may, and given no form. On success, both go to the collection.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CollectionDetail, NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { inReaderLanguage } from '../i18n/reader-language.ts';
import { useSession } from '../session/session-context.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { NetworkRoute } from '../ui/network-route.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import {
  changesBetween,
  CollectionForm,
  collectionFormErrors,
  EMPTY_COLLECTION,
  inputOf,
  valuesOf,
  type CollectionFormValues,
} from './CollectionForm.tsx';
import { CollectionRoute } from './CollectionRoute.tsx';
import {
  collectionKeys,
  createCollection,
  listNetworkCollections,
  updateCollection,
} from './collections.api.ts';
import './collections.css';

/** Said instead of a form to a reader who may not curate the network's collections. */
function MayNot({ title, back, backLabel }: { title: string; back: string; backLabel: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { pathname } = useLocation();
  return (
    <div className="narrow">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t.collections.mayNotCurateBody}</p>
      {/* Someone not signed in may be one of the curators: offer the way back here. */}
      {session === null ? (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>{t.session.signIn}</Link>
        </p>
      ) : null}
      <p>
        <Link to={back}>{backLabel}</Link>
      </p>
    </div>
  );
}

interface EditorProps {
  title: string;
  intro?: string;
  initial: CollectionFormValues;
  submitLabel: string;
  back: string;
  backLabel: string;
  save(values: CollectionFormValues): Promise<CollectionDetail | null>;
  savedMessage(saved: CollectionDetail | null): string;
}

/** The form page both uses share: heading, error summary, the form; on success, the collection. */
function Editor({ title, intro, initial, submitLabel, back, backLabel, save, savedMessage }: EditorProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      if (saved) {
        queryClient.setQueryData(collectionKeys.detail(saved.id), saved);
        void queryClient.invalidateQueries({ queryKey: collectionKeys.network(saved.network.id) });
      }
      announce(savedMessage(saved));
      void navigate(saved ? `/collections/${saved.id}` : back);
    },
  });
  const { byField, problems } = collectionFormErrors(mutation.error, t);
  return (
    <div className="narrow">
      <p>
        <Link to={back}>← {backLabel}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {intro ? <p className="lead">{intro}</p> : null}
      <ErrorSummary problems={problems} />
      <CollectionForm
        values={values}
        errors={byField}
        busy={mutation.isPending}
        submitLabel={submitLabel}
        onChange={setValues}
        onSubmit={() => mutation.mutate(values)}
        onCancel={() => void navigate(back)}
      />
    </div>
  );
}

export function NewCollectionPage() {
  return <NetworkRoute>{(network) => <NewCollection network={network} />}</NetworkRoute>;
}

function NewCollection({ network }: { network: NetworkDetail }) {
  const { t, fill } = useI18n();
  const c = t.collections;
  // Whether the reader may create one is the list's `permissions.create`, which the network lacks.
  const list = useQuery({
    queryKey: collectionKeys.network(network.id),
    queryFn: ({ signal }) => listNetworkCollections(network.id, signal),
  });
  const back = `/networks/${network.slug}/collections`;
  const backLabel = fill(c.networkTitle, { network: network.name });
  if (!list.isSuccess) return <QueryState queries={list} />;
  if (!list.data.permissions.create)
    return <MayNot title={c.mayNotCreate} back={back} backLabel={backLabel} />;
  return (
    <Editor
      title={fill(c.newTitle, { network: network.name })}
      intro={c.newIntro}
      initial={EMPTY_COLLECTION}
      submitLabel={c.create}
      back={back}
      backLabel={backLabel}
      save={(values) => createCollection(network.id, inputOf(values))}
      savedMessage={(saved) => fill(c.created, { title: saved?.title ?? '' })}
    />
  );
}

export function EditCollectionPage() {
  return (
    <CollectionRoute>
      {(collection) => <EditCollection key={collection.updatedAt} collection={collection} />}
    </CollectionRoute>
  );
}

function EditCollection({ collection }: { collection: CollectionDetail }) {
  const { t, fill, locale } = useI18n();
  const c = t.collections;
  const name = inReaderLanguage(collection.title, collection.titleEs ?? '', locale).text;
  const back = `/collections/${collection.id}`;
  const backLabel = fill(c.backToCollection, { title: name });
  if (!collection.permissions.update)
    return <MayNot title={c.mayNotEdit} back={back} backLabel={backLabel} />;
  const saved = valuesOf(collection);
  return (
    <Editor
      title={fill(c.editTitle, { title: name })}
      initial={saved}
      submitLabel={t.common.save}
      back={back}
      backLabel={backLabel}
      // Nothing changed: nothing to send (the API would refuse an empty PATCH), straight back.
      save={(values) => {
        const changes = changesBetween(saved, values);
        return Object.keys(changes).length > 0
          ? updateCollection(collection.id, changes)
          : Promise.resolve(null);
      }}
      savedMessage={(result) => (result ? c.saved : c.nothingChanged)}
    />
  );
}
