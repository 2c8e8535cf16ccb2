/**
 * A network's collections (at /networks/:slug/collections) and one collection (/collections/:id):
 * title and description in the reader's language (else the one written, marked with `lang`),
 * and the collection's resources in order, each linking to its page. Curators (the server's
 * `permissions`) get "New collection", Edit, Delete and the items editor; everyone who sees the
 * collections gets the way to the network's bank activity.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CollectionDetail, NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { inReaderLanguage } from '../i18n/reader-language.ts';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { NetworkRoute } from '../ui/network-route.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { CollectionActions } from './CollectionActions.tsx';
import { CollectionItemsEditor } from './CollectionItemsEditor.tsx';
import { CollectionRoute } from './CollectionRoute.tsx';
import { collectionKeys, listNetworkCollections } from './collections.api.ts';
import './collections.css';

export function NetworkCollectionsPage() {
  return <NetworkRoute>{(network) => <NetworkCollections network={network} />}</NetworkRoute>;
}

function NetworkCollections({ network }: { network: NetworkDetail }) {
  const { t, fill, plural, locale } = useI18n();
  const c = t.collections;
  const query = useQuery({
    queryKey: collectionKeys.network(network.id),
    queryFn: ({ signal }) => listNetworkCollections(network.id, signal),
  });
  const title = fill(c.networkTitle, { network: network.name });
  return (
    <>
      <p>
        <Link to={`/networks/${network.slug}`}>← {network.name}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{c.intro}</p>
      <p className="form-actions">
        {query.data?.permissions.create ? (
          <Link className="button-primary" to={`/networks/${network.slug}/collections/new`}>
            {c.newCollection}
          </Link>
        ) : null}
        <Link className="button-secondary" to={`/networks/${network.slug}/bank-activity`}>
          {c.activityLink}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && query.data.items.length === 0 ? <p>{c.none}</p> : null}
      {query.isSuccess && query.data.items.length > 0 ? (
        <ul className="plain-list collection-list">
          {query.data.items.map((collection) => {
            const name = inReaderLanguage(collection.title, collection.titleEs ?? '', locale);
            const about = inReaderLanguage(collection.description, collection.descriptionEs ?? '', locale);
            return (
              <li key={collection.id} className="card">
                <h2 className="card-title" lang={name.lang}>
                  <Link to={`/collections/${collection.id}`}>{name.text}</Link>
                </h2>
                {about.text ? <p lang={about.lang}>{about.text}</p> : null}
                <p className="hint">{plural(c.itemCount, collection.itemCount)}</p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}

export function CollectionPage() {
  return <CollectionRoute>{(collection) => <Collection collection={collection} />}</CollectionRoute>;
}

function Collection({ collection }: { collection: CollectionDetail }) {
  const { t, fill, locale } = useI18n();
  const c = t.collections;
  const name = inReaderLanguage(collection.title, collection.titleEs ?? '', locale);
  const about = inReaderLanguage(collection.description, collection.descriptionEs ?? '', locale);
  return (
    <article className="collection">
      <p>
        <Link to={`/networks/${collection.network.slug}/collections`}>
          ← {fill(c.backToNetwork, { network: collection.network.name })}
        </Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{c.title}</p>
        <div lang={name.lang}>
          <PageHeading title={name.text}>{name.text}</PageHeading>
        </div>
        {collection.createdBy ? (
          <p className="hint">
            {fill(c.curatedBy, { name: collection.createdBy.name, network: collection.network.name })}
          </p>
        ) : null}
        <CollectionActions collection={collection} title={name.text} />
      </header>
      {about.text ? (
        <p className="prose" lang={about.lang}>
          {about.text}
        </p>
      ) : null}
      {collection.permissions.update ? (
        <CollectionItemsEditor collection={collection} />
      ) : (
        <CollectionItems collection={collection} />
      )}
    </article>
  );
}

/** The resources in order, for a reader who does not curate the collection. */
function CollectionItems({ collection }: { collection: CollectionDetail }) {
  const { t } = useI18n();
  const c = t.collections;
  return (
    <section aria-labelledby="collection-items-heading">
      <h2 id="collection-items-heading">{c.items}</h2>
      {collection.items.length === 0 ? <p>{c.noItems}</p> : null}
      <ol className="collection-items">
        {collection.items.map((resource) => (
          <li key={resource.id} className="card">
            <h3 className="card-title" lang={resource.language}>
              <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
            </h3>
            <p className="card-kind">
              {t.resources.vocab.type[resource.type]} · {t.resources.vocab.language[resource.language]} ·{' '}
              {t.resources.vocab.licence[resource.licence]}
            </p>
            {resource.summary ? <p lang={resource.language}>{resource.summary}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
