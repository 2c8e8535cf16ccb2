/**
 * The states a page shows before or instead of its content: loading, not found, sign-in needed,
 * not allowed, and a failed request. Every page uses these, so each state looks, reads and announces itself the same way:
 * loading is a polite `status`, a failure an `alert` with a retry, and not-found and failure pages
 * have their own `<h1>` (and title), which takes focus after a navigation like any page's.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
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

/** The page is for signed-in people: say so, with a sign-in that comes back here. */
export function PageSignInNeeded() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  return (
    <>
      <PageHeading title={t.common.signInNeeded}>{t.common.signInNeeded}</PageHeading>
      <p>{t.common.signInNeededBody}</p>
      <p>
        <Link className="button-primary" to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>
          {t.session.signIn}
        </Link>
      </p>
    </>
  );
}

/** The reader may not see this page: the API's reason, in their language, and no retry (it would not help). */
export function PageForbidden({ error }: { error: ApiError }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.common.forbidden}>{t.common.forbidden}</PageHeading>
      <p className="notice">{error.message}</p>
      <p>
        <Link to="/">{t.network.backToDirectory}</Link>
      </p>
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
  if (failed.error instanceof ApiError && failed.error.status === 401) return <PageSignInNeeded />;
  if (failed.error instanceof ApiError && failed.error.status === 403)
    return <PageForbidden error={failed.error} />;
  const retry = () => void Promise.all(list.map((query) => query.refetch()));
  return <PageError error={failed.error} onRetry={retry} />;
}
