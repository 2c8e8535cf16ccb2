/** One search result: title, type, language, licence, stages, authors and the marked snippet. */
import { Link } from 'react-router';
import type { ResourceHit } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Snippet } from './Snippet.tsx';

export function ResourceHitCard({ hit }: { hit: ResourceHit }) {
  const { t, fill, date } = useI18n();
  const r = t.resources;
  return (
    <article className="card resource-card">
      <h3 className="card-title">
        <Link to={`/resources/${hit.id}`} lang={hit.language}>
          {hit.title}
        </Link>
      </h3>
      <p className="card-kind">
        {r.vocab.type[hit.type]} · {r.vocab.language[hit.language]} · {r.vocab.licence[hit.licence]}
        {hit.visibility !== 'public' ? <> · {r.vocab.visibility[hit.visibility]}</> : null}
      </p>
      <div lang={hit.language}>
        {hit.snippet ? <Snippet snippet={hit.snippet} /> : <p className="snippet">{hit.summary}</p>}
      </div>
      <p className="resource-card-meta">
        {hit.authors.length > 0
          ? fill(r.by, { authors: hit.authors.map((author) => author.name).join(', ') })
          : null}
        {hit.network ? <> · {hit.network.name}</> : null} · {fill(r.updated, { date: date(hit.updatedAt) })}
      </p>
    </article>
  );
}
