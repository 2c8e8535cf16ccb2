/** One name-generator question of the new-survey form: relation, prompts, the maximum, the scale. */
import { RELATION_TYPES, type RelationType } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import { surveyFieldId, type QuestionValues } from './survey-form.ts';

interface Props {
  index: number;
  question: QuestionValues;
  /** Once the survey is saved, its questions are fixed. */
  disabled: boolean;
  errors: Record<string, string>;
  /** Null when it is the only question, which cannot be removed. */
  onRemove: (() => void) | null;
  onChange(question: QuestionValues): void;
}

export function QuestionFieldset({ index, question, disabled, errors, onRemove, onChange }: Props) {
  const { t, fill } = useI18n();
  const field = (name: string) => `questions.${index}.${name}`;
  const id = (name: string) => surveyFieldId(field(name));
  const set = (changes: Partial<QuestionValues>) => onChange({ ...question, ...changes });
  const number = index + 1;
  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend>{fill(t.surveys.create.question, { number })}</legend>
      <Field id={id('relation')} label={t.surveys.create.relation} error={errors[field('relation')]}>
        {(control) => (
          <select
            {...control}
            value={question.relation}
            onChange={(event) => set({ relation: event.target.value as RelationType })}
          >
            {RELATION_TYPES.map((relation) => (
              <option key={relation} value={relation}>
                {t.surveys.relation[relation]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(['promptEn', 'promptEs'] as const).map((prompt) => (
        <Field
          key={prompt}
          id={id(prompt)}
          label={t.surveys.create[prompt]}
          hint={t.surveys.create.promptHint}
          error={errors[field(prompt)]}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              lang={prompt === 'promptEn' ? 'en' : 'es'}
              value={question[prompt]}
              onChange={(event) => set({ [prompt]: event.target.value })}
            />
          )}
        </Field>
      ))}
      <Field
        id={id('maxNominations')}
        label={t.surveys.create.maxNominations}
        error={errors[field('maxNominations')]}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={question.maxNominations}
            onChange={(event) => set({ maxNominations: event.target.value })}
          />
        )}
      </Field>
      <div className="choice">
        <input
          id={id('useScale')}
          type="checkbox"
          checked={question.useScale}
          onChange={(event) => set({ useScale: event.target.checked })}
        />
        <label htmlFor={id('useScale')}>{t.surveys.create.useScale}</label>
      </div>
      {question.useScale ? (
        <div className="form-columns">
          <Field
            id={id('scale')}
            label={t.surveys.create.scale}
            hint={t.surveys.create.scaleHint}
            error={errors[field('scale')]}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                lang="en"
                value={question.scale}
                onChange={(event) => set({ scale: event.target.value })}
              />
            )}
          </Field>
          <Field
            id={id('scaleEs')}
            label={t.surveyWaves.scaleEs}
            hint={t.surveyWaves.scaleEsHint}
            error={errors[field('scaleEs')]}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                lang="es"
                value={question.scaleEs}
                onChange={(event) => set({ scaleEs: event.target.value })}
              />
            )}
          </Field>
        </div>
      ) : null}
      {onRemove ? (
        <p>
          <button type="button" className="button-quiet" onClick={onRemove}>
            {fill(t.surveys.create.removeQuestion, { number })}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
