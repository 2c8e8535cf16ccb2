/** The platform admin's outbox: every mail, newest first, a page at a time; one mail as sent. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { PageHeading, useDocumentTitle } from '../ui/page-heading.tsx';
import { PageNotFound, QueryState } from '../ui/page-states.tsx';
import { getOutboxMail, listOutbox } from './outbox.api.ts';
import './mail.css';

const isForbidden = (error: unknown) =>
  error instanceof ApiError && (error.status === 403 || error.status === 401);

function useDateTime() {
  const { locale } = useI18n();
  return (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
      : '—';
}

export function OutboxPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const when = useDateTime();
  const query = useInfiniteQuery({
    queryKey: ['outbox'],
    queryFn: ({ pageParam, signal }) => listOutbox(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(session?.person.isAdmin),
  });
  useDocumentTitle(t.mail.outboxTitle);
  if (session && !session.person.isAdmin)
    return <PageNotFound title={t.mail.outboxTitle} body={t.mail.outboxOnlyAdmins} />;
  if (!query.isSuccess) {
    return (
      <QueryState
        queries={query}
        notFound={{ title: t.mail.outboxTitle, body: t.mail.outboxOnlyAdmins }}
        missing={isForbidden}
      />
    );
  }
  const mails = query.data.pages.flatMap((page) => page.items);
  return (
    <>
      <PageHeading title={t.mail.outboxTitle}>{t.mail.outboxTitle}</PageHeading>
      <p className="lead">{t.mail.outboxIntro}</p>
      {mails.length === 0 ? (
        <p>{t.mail.outboxEmpty}</p>
      ) : (
        <div className="outbox-scroll">
          <table className="outbox-table">
            <caption className="visually-hidden">{t.mail.outboxTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.mail.outboxTo}</th>
                <th scope="col">{t.mail.outboxKind}</th>
                <th scope="col">{t.mail.outboxLanguage}</th>
                <th scope="col">{t.mail.outboxStatus}</th>
                <th scope="col">{t.mail.outboxAttempts}</th>
                <th scope="col">{t.mail.outboxSentAt}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr key={mail.id}>
                  <td>
                    <Link to={`/admin/outbox/${mail.id}`}>{mail.to}</Link>
                  </td>
                  <td>{t.mail.kinds[mail.kind]}</td>
                  <td lang={mail.locale}>{mail.locale === 'es' ? 'Español' : 'English'}</td>
                  <td>{t.mail.statuses[mail.status]}</td>
                  <td>{mail.attempts}</td>
                  <td>{when(mail.sentAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.hasNextPage ? (
        <button
          type="button"
          className="button-secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t.mail.outboxMore}
        </button>
      ) : null}
    </>
  );
}

export function OutboxMailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const when = useDateTime();
  const query = useQuery({ queryKey: ['outbox', id], queryFn: ({ signal }) => getOutboxMail(id, signal) });
  useDocumentTitle(query.data?.subject ?? t.mail.outboxTitle);
  if (!query.isSuccess) {
    return (
      <QueryState
        queries={query}
        notFound={{ title: t.mail.outboxTitle, body: t.mail.outboxOnlyAdmins }}
        missing={(error) => isForbidden(error) || (error instanceof ApiError && error.status === 404)}
      />
    );
  }
  const mail = query.data;
  return (
    <>
      <p>
        <Link to="/admin/outbox">{t.mail.outboxBack}</Link>
      </p>
      <PageHeading title={mail.subject}>{mail.subject}</PageHeading>
      <dl className="facts">
        <dt>{t.mail.outboxTo}</dt>
        <dd>{mail.to}</dd>
        <dt>{t.mail.outboxKind}</dt>
        <dd>{t.mail.kinds[mail.kind]}</dd>
        <dt>{t.mail.outboxStatus}</dt>
        <dd>{t.mail.statuses[mail.status]}</dd>
        <dt>{t.mail.outboxAttempts}</dt>
        <dd>{mail.attempts}</dd>
        <dt>{t.mail.outboxSentAt}</dt>
        <dd>{when(mail.sentAt)}</dd>
        {mail.lastError ? (
          <>
            <dt>{t.mail.outboxError}</dt>
            <dd>{mail.lastError}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t.mail.outboxText}</h2>
      <pre className="mail-text" lang={mail.locale} tabIndex={0}>
        {linkify(mail.text)}
      </pre>
    </>
  );
}

/** The plain text with its links clickable, so that the demo can follow an invitation or a reset. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
