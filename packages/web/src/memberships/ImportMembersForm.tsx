/**
 * Adding many members at once: a CSV file read in the browser and sent to the memberships import
 * for this network. The server checks every row first; if any is wrong nothing is added, and each
 * problem is listed by row and column so that the file can be corrected and chosen again.
 */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { importMembers, type ImportProblem } from './memberships.api.ts';

const MAX_BYTES = 900_000;
const EXAMPLE = 'person_email,role,start_date\nana.garcia@example.org,member,2026-09-01\n';

interface Props {
  network: NetworkDetail;
  onImported(): Promise<void>;
}

export function ImportMembersForm({ network, onImported }: Props) {
  const { t, fill, plural } = useI18n();
  const announce = useAnnounce();
  const fileInput = useRef<HTMLInputElement>(null);
  const report = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [rows, setRows] = useState<ImportProblem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = useMutation({
    mutationFn: (csv: string) => importMembers(network.id, csv),
    onSuccess: async ({ created }) => {
      setRows(null);
      setMessage(plural(t.membersPage.imported, created));
      announce(plural(t.membersPage.imported, created));
      if (fileInput.current) fileInput.current.value = '';
      await onImported();
    },
    onError: (error) => {
      setMessage(null);
      const listed = error instanceof ApiError ? error.details.rows : undefined;
      if (Array.isArray(listed)) setRows(listed as ImportProblem[]);
      else setFileError(error instanceof Error ? error.message : String(error));
    },
  });
  // The report takes focus when it appears, as the error summary of a form does.
  useEffect(() => {
    if (rows) report.current?.focus();
    else if (message) done.current?.focus();
  }, [rows, message]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFileError(undefined);
    setRows(null);
    setMessage(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return setFileError(t.membersPage.chooseFile);
    if (file.size > MAX_BYTES) return setFileError(t.membersPage.fileTooLarge);
    run.mutate(await file.text());
  }

  const where = (problem: ImportProblem) =>
    [
      problem.row === null
        ? t.membersPage.importFileProblem
        : problem.row === 1
          ? t.membersPage.importHeader
          : fill(t.membersPage.importRow, { row: String(problem.row) }),
      problem.column ? fill(t.membersPage.importColumn, { column: problem.column }) : null,
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <section aria-labelledby="import-members-heading" className="panel">
      <h2 id="import-members-heading">{t.membersPage.importTitle}</h2>
      <p>{t.membersPage.importIntro}</p>
      <p className="hint">{t.membersPage.importExample}:</p>
      <pre className="csv-example">{EXAMPLE}</pre>
      {rows ? (
        <div ref={report} tabIndex={-1} role="alert" className="error-summary import-report">
          <h3>{t.membersPage.importRefused}</h3>
          <ul>
            {rows.map((problem, index) => (
              <li key={index}>
                <strong>{where(problem)}</strong>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {message ? (
        <p ref={done} tabIndex={-1} className="notice">
          {message}
        </p>
      ) : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id="import-members-file" label={t.membersPage.importFile} error={fileError}>
          {(control) => <input {...control} ref={fileInput} type="file" accept=".csv,text/csv" />}
        </Field>
        <p>
          <button type="submit" className="button-primary" disabled={run.isPending}>
            {run.isPending ? t.membersPage.importing : t.membersPage.importSubmit}
          </button>
        </p>
      </form>
    </section>
  );
}
