/**
 * The states a page shows before or instead of its content: loading, not found, and a failed
 * request. Every page uses these, so each state looks, reads and announces itself the same way:
 * loading is a polite `status`, a failure an `alert` with a retry, and not-found and failure pages
 * have their own `<h1>` (and title), which takes focus after a navigation like any page's.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { isNotFound, Loading, RequestFailed } from './feedback.tsx';
import { PageHeading } from './page-heading.tsx';

/** The whole page is still loading. */
export function PageLoading() {
  return <Loading />;
}

/** Nothing at this address (or nothing this reader may see), with a way back to the directory. */
export function PageNotFound({ title, body }: { title?: string | undefined; body?: string | undefined }) {
  const { t } = useI18n();
  const heading = title ?? t.notFound.title;
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p>{body ?? t.notFound.body}</p>
      <p>
        <Link to="/">{t.network.backToDirectory}</Link>
      </p>
    </>
  );
}

/** The page's data could not be loaded: what went wrong, and a retry when one makes sense. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.common.pageError}>{t.common.pageError}</PageHeading>
      <RequestFailed error={error} {...(onRetry ? { onRetry } : {})} />
    </>
  );
}

/** A 404, or a 400 for a malformed id in the address: to the reader both mean the page is not there. */
export const isMissing = (error: unknown) =>
  isNotFound(error) || (error instanceof ApiError && error.status === 400);

type PageQuery = Pick<UseQueryResult<unknown>, 'isError' | 'error' | 'refetch'>;

interface QueryStateProps {
  /** The queries the page waits for; the first that failed decides what is shown. */
  queries: PageQuery | readonly PageQuery[];
  /** What to say when the thing asked for is not there; without it, a 404 is a failure like any. */
  notFound?: { title?: string | undefined; body?: string | undefined };
  /** Which errors mean "not there"; a 404 unless said otherwise. */
  missing?: (error: unknown) => boolean;
}

/**
 * Loading, not found or failed, for page queries that have not all succeeded yet:
 * `if (!query.isSuccess) return <QueryState queries={query} notFound={…} />;`
 */
export function QueryState({ queries, notFound, missing = isNotFound }: QueryStateProps) {
  const list: readonly PageQuery[] = Array.isArray(queries) ? queries : [queries as PageQuery];
  const failed = list.find((query) => query.isError);
  if (!failed) return <PageLoading />;
  if (notFound && missing(failed.error)) return <PageNotFound {...notFound} />;
  const retry = () => void Promise.all(list.map((query) => query.refetch()));
  return <PageError error={failed.error} onRetry={retry} />;
}
