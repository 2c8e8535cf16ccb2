/** Small shared states: loading, a failed request, and the debounced value hook. */
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Something is loading; said politely to screen readers. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.common.loading}
    </p>
  );
}

/** A failed request, with a retry button when one makes sense. */
export function RequestFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, fill } = useI18n();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>{fill(t.common.error, { message })}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t.common.retry}
        </button>
      ) : null}
    </div>
  );
}

/** Is this a 404 from the API? */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** `value`, once it has stopped changing for `delay` milliseconds. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
