/**
 * A resource's page: its content and metadata, the credit of what it adapts, its files, its
 * adaptations and version history, and Edit, Delete and Adapt for those the server says may.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ResourceDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { tagLabel } from '../topics/topics.api.ts';
import { JsonLd } from './JsonLd.tsx';
import { ResourceAttachments } from './ResourceAttachments.tsx';
import { ResourceRoute } from './ResourceRoute.tsx';
import { deleteResource, listAdaptations, listVersions, resourceKeys } from './resources.api.ts';
import { EvidenceFromUse } from '../what-works/EvidenceFromUse.tsx';
import './resources.css';

export function ResourcePage() {
  return <ResourceRoute>{(resource) => <ResourceArticle resource={resource} />}</ResourceRoute>;
}

function ResourceArticle({ resource }: { resource: ResourceDetail }) {
  const { t, fill, date } = useI18n();
  const r = t.resources;
  const { session } = useSession();
  return (
    <article className="resource">
      <JsonLd data={resource.jsonLd} />
      <p>
        <Link to="/resources">← {r.backToSearch}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">
          {r.vocab.type[resource.type]} · {r.vocab.language[resource.language]}
        </p>
        <div lang={resource.language}>
          <PageHeading title={resource.title}>{resource.title}</PageHeading>
        </div>
        <ResourceActions resource={resource} signedIn={Boolean(session)} />
      </header>
      {resource.basedOn ? (
        <aside aria-labelledby="based-on-heading" className="panel based-on">
          <h2 id="based-on-heading">{r.basedOn}</h2>
          <p>
            <Link to={`/resources/${resource.basedOn.id}`} lang={resource.language}>
              {fill(r.basedOnCredit, {
                title: resource.basedOn.title,
                authors: resource.basedOn.authors.join(', '),
                licence: r.vocab.licence[resource.basedOn.licence],
              })}
            </Link>
          </p>
        </aside>
      ) : null}
      <div className="resource-layout">
        <div className="resource-main" lang={resource.language}>
          {resource.summary ? (
            <section aria-labelledby="summary-heading">
              <h2 id="summary-heading">{r.summary}</h2>
              <p className="prose">{resource.summary}</p>
            </section>
          ) : null}
          {resource.bodyHtml ? (
            <section aria-labelledby="body-heading">
              <h2 id="body-heading">{r.body}</h2>
              {/* Rendered from Markdown and cut to an allowlist by the server (resources/markdown.ts). */}
              <div className="resource-body" dangerouslySetInnerHTML={{ __html: resource.bodyHtml }} />
            </section>
          ) : null}
        </div>
        <div className="resource-side">
          <section aria-labelledby="about-heading" className="panel">
            <h2 id="about-heading">{r.about}</h2>
            <ResourceFacts resource={resource} />
            <p className="hint">
              {fill(r.versionValue, { version: resource.version, date: date(resource.updatedAt) })}
            </p>
          </section>
        </div>
      </div>
      <ResourceAttachments resource={resource} />
      <Adaptations resource={resource} />
      <EvidenceFromUse kind="resources" id={resource.id} />
      <History resource={resource} />
    </article>
  );
}

/** Type, stages, subjects, tags, licence, authors, organisation, network and visibility. */
function ResourceFacts({ resource }: { resource: ResourceDetail }) {
  const { t, fill, locale } = useI18n();
  const r = t.resources;
  return (
    <dl className="facts facts-compact">
      <div>
        <dt>{r.type}</dt>
        <dd>{r.vocab.type[resource.type]}</dd>
      </div>
      <div>
        <dt>{r.stages}</dt>
        <dd>{resource.stages.map((stage) => r.vocab.stage[stage]).join(', ')}</dd>
      </div>
      {resource.subjects.length > 0 ? (
        <div>
          <dt>{r.subjects}</dt>
          <dd>
            {resource.subjects.map((subject, index) => (
              <span key={subject}>
                {index > 0 ? ', ' : null}
                <Link to={`/resources?subject=${encodeURIComponent(subject)}`}>{subject}</Link>
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      {resource.tags.length > 0 ? (
        <div>
          <dt>{r.tags}</dt>
          <dd>{resource.tags.map((tag) => tagLabel(tag, locale)).join(', ')}</dd>
        </div>
      ) : null}
      <div>
        <dt>{r.language}</dt>
        <dd>{r.vocab.language[resource.language]}</dd>
      </div>
      <div>
        <dt>{r.licence}</dt>
        <dd>
          <a href={resource.licenceInfo.url} rel="license noopener noreferrer" target="_blank">
            {fill(r.licenceLink, { name: resource.licenceInfo.name })}
          </a>
        </dd>
      </div>
      <div>
        <dt>{r.authors}</dt>
        <dd>
          <ul className="plain-list">
            {resource.authors.map((author) => (
              <li key={author.id}>
                <Link to={`/people/${author.id}`}>{author.name}</Link>
                {author.organisation ? ` (${author.organisation})` : null}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      {resource.organisation ? (
        <div>
          <dt>{r.organisation}</dt>
          <dd>
            <Link to={`/organisations/${resource.organisation.id}`}>{resource.organisation.name}</Link>
          </dd>
        </div>
      ) : null}
      {resource.network ? (
        <div>
          <dt>{r.network}</dt>
          <dd>
            <Link to={`/networks/${resource.network.slug}`}>{resource.network.name}</Link>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{r.visibility}</dt>
        <dd>{r.vocab.visibility[resource.visibility]}</dd>
      </div>
    </dl>
  );
}

/** Edit, Delete (with a confirmation) and Adapt, as the server's permissions say. */
function ResourceActions({ resource, signedIn }: { resource: ResourceDetail; signedIn: boolean }) {
  const { t, fill } = useI18n();
  const r = t.resources;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteResource(resource.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: resourceKeys.detail(resource.id) });
      void queryClient.invalidateQueries({ queryKey: ['resources'] });
      announce(fill(r.deleted, { title: resource.title }));
      void navigate('/resources');
    },
  });
  const { adapt } = resource.permissions;
  if (!signedIn) return <p className="hint">{r.signInToAdapt}</p>;
  return (
    <div className="resource-actions">
      <p className="form-actions">
        <Link className="button-primary" to={`/resources/${resource.id}/adapt`}>
          {r.adapt}
        </Link>
        {resource.permissions.edit ? (
          <Link className="button-secondary" to={`/resources/${resource.id}/edit`}>
            {r.edit}
          </Link>
        ) : null}
        {resource.permissions.delete && !confirming ? (
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
            {r.delete}
          </button>
        ) : null}
      </p>
      {!adapt.allowed && adapt.reason ? (
        <p className="hint">{fill(r.adaptNotAllowed, { reason: adapt.reason })}</p>
      ) : null}
      {confirming ? (
        <ConfirmDelete
          id="delete-confirm"
          question={fill(r.deleteConfirm, { title: resource.title })}
          yes={r.deleteYes}
          busy={remove.isPending}
          error={remove.isError ? remove.error : null}
          onConfirm={() => remove.mutate()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

function Adaptations({ resource }: { resource: ResourceDetail }) {
  const { t } = useI18n();
  const r = t.resources;
  const query = useQuery({
    queryKey: resourceKeys.adaptations(resource.id),
    queryFn: ({ signal }) => listAdaptations(resource.id, signal),
  });
  return (
    <section aria-labelledby="adaptations-heading">
      <h2 id="adaptations-heading">{r.adaptations}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && query.data.length === 0 ? <p>{r.noAdaptations}</p> : null}
      {query.isSuccess && query.data.length > 0 ? (
        <ul className="plain-list">
          {query.data.map((adaptation) => (
            <li key={adaptation.id}>
              <Link to={`/resources/${adaptation.id}`} lang={adaptation.language}>
                {adaptation.title}
              </Link>{' '}
              · {adaptation.authors.join(', ')} · {r.vocab.language[adaptation.language]} ·{' '}
              {r.vocab.licence[adaptation.licence]}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function History({ resource }: { resource: ResourceDetail }) {
  const { t, fill, date } = useI18n();
  const r = t.resources;
  const query = useQuery({
    queryKey: resourceKeys.versions(resource.id),
    queryFn: ({ signal }) => listVersions(resource.id, signal),
  });
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{r.history}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess ? (
        <ul className="plain-list version-list">
          {query.data.toReversed().map((version) => (
            <li key={version.version}>
              <p>
                <Link to={`/resources/${resource.id}/versions/${version.version}`}>
                  {fill(r.historyEntry, {
                    version: version.version,
                    date: date(version.editedAt),
                    editor: version.editedBy?.name ?? r.erasedEditor,
                  })}
                </Link>
              </p>
              <p className="hint">
                {version.changed.length === 0
                  ? r.firstVersion
                  : fill(r.changedFields, {
                      fields: version.changed.map((field) => r.vocab.field[field]).join(', '),
                    })}
                {version.note ? <> — {version.note}</> : null}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
