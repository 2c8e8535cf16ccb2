/**
 * What the team does on a measure's page: enter data (a table of periods × schools, saved in one
 * request), import a CSV (all rows or none, the file's problems listed by line), add an annotation,
 * confirm a change (a new phase), and edit or delete the measure.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { InquiryDetail, MeasureChart, MeasurePoint, MeasurePointInput } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formErrors } from '../ui/form-errors.ts';
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { useAnnounce } from '../ui/status.tsx';
import { MeasureForm } from './MeasureForm.tsx';
import {
  addAnnotation,
  confirmChange,
  deleteMeasure,
  getInquiry,
  importPoints,
  listPoints,
  measureKeys,
  savePoints,
  updateMeasure,
} from './measures.api.ts';

/**
 * After any write, the measure's chart and points are read again, and all of its inquiry: its
 * list of measures, and the inquiry itself, whose progress score the data cap.
 */
function useRefresh(chart: MeasureChart) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: measureKeys.all(chart.measure.id) }),
      queryClient.invalidateQueries({ queryKey: measureKeys.inquiry(chart.measure.inquiryId) }),
    ]);
}

export function MeasureEditing({ chart }: { chart: MeasureChart }) {
  const inquiry = useQuery({
    queryKey: measureKeys.inquiry(chart.measure.inquiryId),
    queryFn: ({ signal }) => getInquiry(chart.measure.inquiryId, signal),
  });
  const points = useQuery({
    queryKey: measureKeys.points(chart.measure.id),
    queryFn: ({ signal }) => listPoints(chart.measure.id, signal),
  });
  return (
    <>
      {inquiry.data && points.data ? (
        <DataEntry chart={chart} inquiry={inquiry.data} points={points.data} />
      ) : null}
      <CsvImport chart={chart} />
      <AnnotationForm chart={chart} />
      <PhaseForm chart={chart} />
      <EditMeasure chart={chart} />
    </>
  );
}

type Cell = { value: string; numerator: string; denominator: string };
const cellKey = (schoolId: string, period: string) => `${schoolId} ${period}`;
const text = (n: number | null) => (n === null ? '' : String(n));
const parse = (s: string) => Number(s.trim().replace(',', '.'));

function DataEntry({
  chart,
  inquiry,
  points,
}: {
  chart: MeasureChart;
  inquiry: InquiryDetail;
  points: MeasurePoint[];
}) {
  const { t, fill, date } = useI18n();
  const m = t.measures;
  const announce = useAnnounce();
  const refresh = useRefresh(chart);
  const proportion = chart.measure.type === 'proportion';
  const schools = inquiry.schools;
  const initial = () =>
    Object.fromEntries(
      points.map((p) => [
        cellKey(p.school.id, p.period),
        { value: text(p.value), numerator: text(p.numerator), denominator: text(p.denominator) },
      ]),
    ) as Record<string, Cell>;
  const [cells, setCells] = useState<Record<string, Cell>>(initial);
  const [periods, setPeriods] = useState(() => [...new Set(points.map((p) => p.period))].sort());
  const [newPeriod, setNewPeriod] = useState('');
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  // Which cell each point of the request came from, so that the API's `points.3.value` lands there.
  const [sent, setSent] = useState<string[]>([]);

  const save = useMutation({
    mutationFn: (input: MeasurePointInput[]) => savePoints(chart.measure.id, input),
    onSuccess: async (written) => {
      announce(fill(m.pointsSaved, { added: written.added, updated: written.updated }));
      await refresh();
    },
  });

  const cellErrors: Record<string, string> = {};
  if (save.error instanceof ApiError)
    for (const issue of save.error.issues) {
      const [, index] = issue.path.split('.');
      const key = index === undefined ? undefined : sent[Number(index)];
      if (key) cellErrors[key] ??= issue.message;
    }
  const problems = localProblem
    ? [{ message: localProblem }]
    : save.error
      ? save.error instanceof ApiError && save.error.issues.length > 0
        ? save.error.issues.map((issue) => {
            const key = sent[Number(issue.path.split('.')[1])];
            return key
              ? { fieldId: `cell-${key.replace(' ', '-')}`, message: issue.message }
              : { message: issue.message };
          })
        : problemsOf(save.error)
      : [];

  const setCell = (key: string, part: keyof Cell, value: string) =>
    setCells((before) => ({
      ...before,
      [key]: { ...(before[key] ?? { value: '', numerator: '', denominator: '' }), [part]: value },
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const keys: string[] = [];
    const input: MeasurePointInput[] = [];
    for (const period of periods)
      for (const school of schools) {
        const key = cellKey(school.id, period);
        const cell = cells[key];
        if (!cell) continue;
        if (proportion) {
          if (cell.numerator.trim() === '' && cell.denominator.trim() === '') continue;
          input.push({
            schoolId: school.id,
            period,
            numerator: parse(cell.numerator),
            denominator: parse(cell.denominator),
          });
        } else {
          if (cell.value.trim() === '') continue;
          input.push({ schoolId: school.id, period, value: parse(cell.value) });
        }
        keys.push(key);
      }
    if (input.length === 0) {
      setLocalProblem(m.nothingEntered);
      return;
    }
    setLocalProblem(null);
    setSent(keys);
    save.mutate(input);
  };

  const addPeriod = () => {
    if (!newPeriod || periods.includes(newPeriod)) return;
    setPeriods((before) => [...before, newPeriod].sort());
    setNewPeriod('');
  };

  const input = (key: string, part: keyof Cell, label: string) => {
    const id = `cell-${key.replace(' ', '-')}${part === 'value' || part === 'numerator' ? '' : '-d'}`;
    const error = cellErrors[key];
    return (
      <input
        id={id}
        type="text"
        className="cell-input"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={cells[key]?.[part] ?? ''}
        onChange={(event) => setCell(key, part, event.target.value)}
      />
    );
  };

  return (
    <section aria-labelledby="enter-data-heading" className="panel">
      <h2 id="enter-data-heading">{m.enterData}</h2>
      <p className="hint">{m.enterHint}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        <div className="data-entry-scroll">
          <table className="data-entry">
            <thead>
              <tr>
                <th scope="col">{m.period}</th>
                {schools.map((school) => (
                  <th scope="col" key={school.id}>
                    {school.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period}>
                  <th scope="row">{date(period)}</th>
                  {schools.map((school) => {
                    const key = cellKey(school.id, period);
                    const where = fill(m.cellLabel, { school: school.name, period: date(period) });
                    const error = cellErrors[key];
                    return (
                      <td key={school.id}>
                        {proportion ? (
                          <span className="cell-pair">
                            {input(key, 'numerator', `${where}: ${m.numerator}`)} /{' '}
                            {input(key, 'denominator', `${where}: ${m.denominator}`)}
                          </span>
                        ) : (
                          input(key, 'value', where)
                        )}
                        {error ? (
                          <p id={`cell-${key.replace(' ', '-')}-error`} className="field-error">
                            {error}
                          </p>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="add-period">
          <Field id="new-period" label={m.newPeriod}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={newPeriod}
                onChange={(event) => setNewPeriod(event.target.value)}
              />
            )}
          </Field>
          <button type="button" className="button-secondary" onClick={addPeriod}>
            {m.addPeriod}
          </button>
        </div>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {m.savePoints}
          </button>
        </p>
      </form>
    </section>
  );
}

function CsvImport({ chart }: { chart: MeasureChart }) {
  const { t, fill } = useI18n();
  const m = t.measures;
  const announce = useAnnounce();
  const refresh = useRefresh(chart);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => importPoints(chart.measure.id, chosen),
    onSuccess: async (written) => {
      announce(fill(m.pointsSaved, { added: written.added, updated: written.updated }));
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!file);
    if (file) upload.mutate(file);
  };
  const lines = importLines(upload.error);
  const problems = missing
    ? [{ fieldId: 'csv-file', message: m.chooseFile }]
    : upload.error
      ? lines.length > 0
        ? [
            { fieldId: 'csv-file', message: m.importProblems },
            ...lines.map((line) => ({
              message:
                line.line === null
                  ? line.message
                  : fill(m.importLine, { line: line.line, message: line.message }),
            })),
          ]
        : problemsOf(upload.error, 'csv-file')
      : [];
  return (
    <section aria-labelledby="import-heading" className="panel">
      <h2 id="import-heading">{m.importTitle}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        <Field
          id="csv-file"
          label={m.importFile}
          hint={m.importHint}
          error={missing ? m.chooseFile : upload.error ? m.importProblems : undefined}
        >
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={upload.isPending}>
            {m.importButton}
          </button>
        </p>
      </form>
    </section>
  );
}

/** The import's problems by line, from the error's details (`rows` or `issues` with a line or row number). */
function importLines(error: unknown): { line: number | null; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  const rows = Array.isArray(error.details.rows)
    ? error.details.rows
    : Array.isArray(error.details.lines)
      ? error.details.lines
      : null;
  const list = rows ?? error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const message = typeof record.message === 'string' ? record.message : '';
    if (!message) return [];
    const line =
      typeof record.line === 'number'
        ? record.line
        : typeof record.row === 'number'
          ? record.row
          : typeof record.path === 'string' && /^\d+/.test(record.path)
            ? Number(record.path.split('.')[0])
            : null;
    return [{ line, message }];
  });
}

function AnnotationForm({ chart }: { chart: MeasureChart }) {
  const { t } = useI18n();
  const m = t.measures;
  const announce = useAnnounce();
  const refresh = useRefresh(chart);
  const [period, setPeriod] = useState('');
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: () => addAnnotation(chart.measure.id, { period, text: note }),
    onSuccess: async () => {
      announce(m.annotationAdded);
      setPeriod('');
      setNote('');
      await refresh();
    },
  });
  const { byField, problems } = formErrors(add.error, {
    period: { id: 'annotation-period', label: m.period },
    text: { id: 'annotation-text', label: m.annotationText },
  });
  return (
    <section aria-labelledby="annotate-heading" className="panel">
      <h2 id="annotate-heading">{m.annotate}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
        noValidate
      >
        <ErrorSummary problems={problems} />
        <Field id="annotation-period" label={m.period} error={byField.period}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={period}
              onChange={(event) => setPeriod(event.target.value)}
            />
          )}
        </Field>
        <Field id="annotation-text" label={m.annotationText} error={byField.text}>
          {(props) => (
            <input {...props} type="text" value={note} onChange={(event) => setNote(event.target.value)} />
          )}
        </Field>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={add.isPending}>
            {m.submit}
          </button>
        </p>
      </form>
    </section>
  );
}

function PhaseForm({ chart }: { chart: MeasureChart }) {
  const { t } = useI18n();
  const m = t.measures;
  const announce = useAnnounce();
  const refresh = useRefresh(chart);
  const [startsOn, setStartsOn] = useState('');
  const [label, setLabel] = useState('');
  const confirm = useMutation({
    mutationFn: () => confirmChange(chart.measure.id, { startsOn, label }),
    onSuccess: async () => {
      announce(m.confirmed);
      setStartsOn('');
      setLabel('');
      await refresh();
    },
  });
  const { byField, problems } = formErrors(confirm.error, {
    startsOn: { id: 'phase-starts', label: m.startsOn },
    label: { id: 'phase-label', label: m.label },
  });
  return (
    <section aria-labelledby="confirm-heading" className="panel">
      <h2 id="confirm-heading">{m.confirm}</h2>
      <p className="hint">{m.confirmHint}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          confirm.mutate();
        }}
        noValidate
      >
        <ErrorSummary problems={problems} />
        <Field id="phase-starts" label={m.startsOn} error={byField.startsOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={startsOn}
              onChange={(event) => setStartsOn(event.target.value)}
            />
          )}
        </Field>
        <Field id="phase-label" label={m.label} error={byField.label}>
          {(props) => (
            <input {...props} type="text" value={label} onChange={(event) => setLabel(event.target.value)} />
          )}
        </Field>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={confirm.isPending}>
            {m.confirm}
          </button>
        </p>
      </form>
    </section>
  );
}

function EditMeasure({ chart }: { chart: MeasureChart }) {
  const { t, fill } = useI18n();
  const m = t.measures;
  const announce = useAnnounce();
  const refresh = useRefresh(chart);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { measure } = chart;
  const update = useMutation({
    mutationFn: (input: Parameters<typeof updateMeasure>[1]) => updateMeasure(measure.id, input),
    onSuccess: async () => {
      announce(m.saved);
      setEditing(false);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteMeasure(measure.id),
    onSuccess: async () => {
      announce(m.deleted);
      queryClient.removeQueries({ queryKey: measureKeys.all(measure.id) });
      await queryClient.invalidateQueries({ queryKey: measureKeys.ofInquiry(measure.inquiryId) });
      void navigate(`/inquiries/${measure.inquiryId}/measures`);
    },
  });
  return (
    <section aria-labelledby="edit-measure-heading" className="panel">
      <h2 id="edit-measure-heading">{m.edit}</h2>
      {editing ? (
        <MeasureForm
          idPrefix="edit-measure"
          inquiryId={measure.inquiryId}
          measure={measure}
          submitLabel={m.save}
          busy={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate(input)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="form-actions">
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            {m.edit}
          </button>
          <button type="button" className="button-danger" onClick={() => setDeleting(true)}>
            {m.delete}
          </button>
        </p>
      )}
      {deleting ? (
        <ConfirmDelete
          id="delete-measure"
          question={fill(m.deleteQuestion, { name: measure.name })}
          yes={m.delete}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onCancel={() => setDeleting(false)}
        />
      ) : null}
    </section>
  );
}
