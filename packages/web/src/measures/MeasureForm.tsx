/**
 * A measure's fields (name, definition, kind, type, direction, population, unit, target, baseline
 * end, change idea), for adding one to an inquiry and for editing it; the API's problems are shown
 * at their fields and in a summary that takes focus.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Measure, MeasureInput } from '../api/types.ts';
import { MEASURE_DIRECTIONS, MEASURE_KINDS, MEASURE_POPULATIONS, MEASURE_TYPES } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formErrors, type FieldMap } from '../ui/form-errors.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { getDriverDiagram, measureKeys } from './measures.api.ts';

interface MeasureFormProps {
  idPrefix: string;
  inquiryId: string;
  measure?: Measure;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit(input: MeasureInput): void;
  onCancel?: () => void;
}

const fromMeasure = (measure?: Measure) => ({
  name: measure?.name ?? '',
  definition: measure?.definition ?? '',
  kind: measure?.kind ?? 'outcome',
  type: measure?.type ?? 'value',
  direction: measure?.direction ?? 'up',
  population: measure?.population ?? 'pupils',
  unit: measure?.unit ?? '',
  target: measure?.target === null || measure?.target === undefined ? '' : String(measure.target),
  baselineEndsOn: measure?.baselineEndsOn ?? '',
  changeIdeaId: measure?.changeIdea?.id ?? '',
});

export function MeasureForm({
  idPrefix,
  inquiryId,
  measure,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: MeasureFormProps) {
  const { t } = useI18n();
  const m = t.measures;
  const [form, setForm] = useState(() => fromMeasure(measure));
  const diagram = useQuery({
    queryKey: measureKeys.diagram(inquiryId),
    queryFn: ({ signal }) => getDriverDiagram(inquiryId, signal),
  });
  const ideas = diagram.data?.changeIdeas ?? [];
  const id = (name: string) => `${idPrefix}-${name}`;
  const labels: Record<keyof typeof form, string> = {
    name: m.name,
    definition: m.definition,
    kind: m.kind,
    type: m.type,
    direction: m.direction,
    population: m.population,
    unit: m.unit,
    target: m.target,
    baselineEndsOn: m.baselineEnd,
    changeIdeaId: m.changeIdea,
  };
  const fields: FieldMap = Object.fromEntries(
    Object.entries(labels).map(([name, label]) => [name, { id: id(name), label }]),
  );
  const { byField, problems } = formErrors(error, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((before) => ({ ...before, [name]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = form.target.trim() === '' ? null : Number(form.target.replace(',', '.'));
    onSubmit({
      name: form.name,
      definition: form.definition,
      kind: form.kind,
      type: form.type,
      direction: form.direction,
      population: form.population,
      unit: form.unit,
      target,
      baselineEndsOn: form.baselineEndsOn || null,
      changeIdeaId: form.changeIdeaId || null,
    });
  };

  const select = <T extends string>(
    name: keyof typeof form,
    options: readonly T[],
    text: (value: T) => string,
    hint?: string,
  ) => (
    <Field id={id(name)} label={labels[name]} hint={hint} error={byField[name]}>
      {(props) => (
        <select {...props} value={form[name]} onChange={set(name)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {text(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="form measure-form">
      <ErrorSummary problems={problems} />
      <Field id={id('name')} label={m.name} error={byField.name}>
        {(props) => <input {...props} type="text" value={form.name} onChange={set('name')} required />}
      </Field>
      <Field id={id('definition')} label={m.definition} hint={m.definitionHint} error={byField.definition}>
        {(props) => <textarea {...props} rows={2} value={form.definition} onChange={set('definition')} />}
      </Field>
      <div className="measure-form-grid">
        {select('kind', MEASURE_KINDS, (kind) => m.vocab.kind[kind])}
        {select('type', MEASURE_TYPES, (type) => m.vocab.type[type])}
        {select('direction', MEASURE_DIRECTIONS, (direction) => m.vocab.direction[direction])}
        {select(
          'population',
          MEASURE_POPULATIONS,
          (population) => m.vocab.population[population],
          m.populationHint,
        )}
        <Field id={id('unit')} label={m.unit} hint={m.unitHint} error={byField.unit}>
          {(props) => <input {...props} type="text" value={form.unit} onChange={set('unit')} />}
        </Field>
        <Field id={id('target')} label={m.target} hint={m.targetHint} error={byField.target}>
          {(props) => (
            <input {...props} type="text" inputMode="decimal" value={form.target} onChange={set('target')} />
          )}
        </Field>
        <Field
          id={id('baselineEndsOn')}
          label={m.baselineEnd}
          hint={m.baselineEndHint}
          error={byField.baselineEndsOn}
        >
          {(props) => (
            <input {...props} type="date" value={form.baselineEndsOn} onChange={set('baselineEndsOn')} />
          )}
        </Field>
        <Field id={id('changeIdeaId')} label={m.changeIdea} error={byField.changeIdeaId}>
          {(props) => (
            <select {...props} value={form.changeIdeaId} onChange={set('changeIdeaId')}>
              <option value="">{m.noChangeIdea}</option>
              {ideas.map((idea) => (
                <option key={idea.id} value={idea.id}>
                  {idea.text}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {m.cancel}
          </button>
        ) : null}
      </p>
    </form>
  );
}
