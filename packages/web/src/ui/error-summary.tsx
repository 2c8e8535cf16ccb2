/** The list of problems at the top of a form after a failed submit; it takes focus. */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export interface Problem {
  /** The id of the field to jump to, if the problem belongs to one. */
  fieldId?: string | undefined;
  message: string;
}

export function ErrorSummary({ problems }: { problems: Problem[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Focus follows what the problems say, not the array's identity: callers build a new array on
  // every render, and refocusing then would pull focus out of a field at each keystroke.
  const said = JSON.stringify(problems);
  useEffect(() => {
    if (said !== '[]') ref.current?.focus();
  }, [said]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t.common.errorSummary}</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.fieldId ? <a href={`#${problem.fieldId}`}>{problem.message}</a> : problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
