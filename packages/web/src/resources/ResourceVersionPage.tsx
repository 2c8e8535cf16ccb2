/** One past version of a resource, as it was saved: who saved it, when, its note and its content. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { isMissing, PageNotFound, QueryState } from '../ui/page-states.tsx';
import { getVersion, resourceKeys } from './resources.api.ts';
import './resources.css';

export function ResourceVersionPage() {
  const { t, fill, date } = useI18n();
  const r = t.resources;
  const { id = '', version: versionText = '' } = useParams();
  const version = Number(versionText);
  const query = useQuery({
    queryKey: resourceKeys.version(id, version),
    queryFn: ({ signal }) => getVersion(id, version, signal),
    enabled: Number.isInteger(version) && version > 0,
  });
  if (!Number.isInteger(version) || version < 1)
    return <PageNotFound title={r.versionNotFound} body={r.notFoundBody} />;
  if (!query.isSuccess)
    return (
      <QueryState
        queries={query}
        notFound={{ title: r.versionNotFound, body: r.notFoundBody }}
        missing={isMissing}
      />
    );
  const { content, editedBy, editedAt, note } = query.data;
  const title = fill(r.versionTitle, { title: content.title, version });
  const editor = editedBy?.name ?? r.erasedEditor;
  return (
    <article className="resource">
      <p>
        <Link to={`/resources/${id}`}>← {fill(r.backToResource, { title: content.title })}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">
        {note
          ? fill(r.versionIntro, { date: date(editedAt), editor, note })
          : fill(r.versionNoNote, { date: date(editedAt), editor })}
      </p>
      <div lang={content.language}>
        {content.summary ? (
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{r.summary}</h2>
            <p className="prose">{content.summary}</p>
          </section>
        ) : null}
        {content.bodyHtml ? (
          <section aria-labelledby="body-heading">
            <h2 id="body-heading">{r.body}</h2>
            {/* Rendered from Markdown and sanitised by the server, as on the resource page. */}
            <div className="resource-body" dangerouslySetInnerHTML={{ __html: content.bodyHtml }} />
          </section>
        ) : null}
      </div>
      <dl className="facts facts-compact">
        <div>
          <dt>{r.type}</dt>
          <dd>{r.vocab.type[content.type]}</dd>
        </div>
        <div>
          <dt>{r.stages}</dt>
          <dd>{content.stages.map((stage) => r.vocab.stage[stage]).join(', ')}</dd>
        </div>
        <div>
          <dt>{r.licence}</dt>
          <dd>{r.vocab.licence[content.licence]}</dd>
        </div>
        <div>
          <dt>{r.authors}</dt>
          <dd>{content.authors.map((author) => author.name).join(', ')}</dd>
        </div>
        <div>
          <dt>{r.visibility}</dt>
          <dd>{r.vocab.visibility[content.visibility]}</dd>
        </div>
      </dl>
    </article>
  );
}
