/**
 * The confirmation step before a deletion: the question, then "Yes, delete" or "Cancel". It takes
 * focus when it appears, so a screen reader says the question and the keyboard is already there.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { problemsOf } from './form-problems.ts';

interface Props {
  id: string;
  question: string;
  yes: string;
  busy: boolean;
  error: unknown;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDelete({ id, question, yes, busy, error, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="confirm panel" role="group" aria-labelledby={id} tabIndex={-1}>
      <p id={id}>{question}</p>
      {error ? <ErrorSummary problems={problemsOf(error)} /> : null}
      <p className="form-actions">
        <button type="button" className="button-danger" disabled={busy} onClick={onConfirm}>
          {yes}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </p>
    </div>
  );
}
