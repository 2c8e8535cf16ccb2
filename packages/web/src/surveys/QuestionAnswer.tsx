/**
 * One question on the answer page: its prompt, the people named (each with a frequency when the
 * question has a scale, and a remove button), the type-ahead, and a small form for someone
 * outside the network. The maximum is kept by disabling both ways of adding.
 */
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { entryForOutsider, entryForPerson, entryName, type NamedEntry } from './answers.ts';
import { NomineeCombobox } from './NomineeCombobox.tsx';
import { outsiderKey } from '../../../server/src/surveys/outsider-key.js';
import { questionPrompt, scaleLabels } from './survey-text.ts';
import type { SurveyQuestion } from './surveys.api.ts';

interface Props {
  waveId: string;
  question: SurveyQuestion;
  entries: NamedEntry[];
  /** Problems the API reported, by entry key. */
  errors: Record<string, string>;
  readOnly: boolean;
  onChange(entries: NamedEntry[]): void;
}

export function QuestionAnswer({ waveId, question, entries, errors, readOnly, onChange }: Props) {
  const { t, fill, locale } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const full = entries.length >= question.maxNominations;
  const named = new Set(entries.flatMap((entry) => (entry.person ? [entry.person.id] : [])));
  const prompt = questionPrompt(question, locale);
  const scale = scaleLabels(question, locale);
  const outsiders = new Set(entries.flatMap((entry) => (entry.outside ? [outsiderKey(entry.outside)] : [])));
  const add = (entry: NamedEntry) => {
    onChange([...entries, entry]);
    announce(fill(t.surveys.answerPage.addedPerson, { name: entryName(entry) }));
  };
  const remove = (entry: NamedEntry) => {
    onChange(entries.filter((other) => other.key !== entry.key));
    announce(fill(t.surveys.answerPage.removed, { name: entryName(entry) }));
    // The row and its button are gone: keep the keyboard in this question.
    document.getElementById(`${id}-search`)?.focus();
  };
  const setFrequency = (entry: NamedEntry, frequency: number | null) =>
    onChange(entries.map((other) => (other.key === entry.key ? { ...other, frequency } : other)));

  return (
    <section aria-labelledby={`${id}-prompt`} className="panel">
      <h2 id={`${id}-prompt`} lang={locale}>
        {prompt}
      </h2>
      <p className="hint">
        {t.surveys.relation[question.relation]} ·{' '}
        {fill(t.surveys.answerPage.count, { count: entries.length, max: question.maxNominations })}
      </p>
      {entries.length === 0 ? <p>{t.surveys.answerPage.noneNamed}</p> : null}
      <ul className="nominee-list" aria-label={t.surveys.answerPage.named}>
        {entries.map((entry) => (
          <li key={entry.key} id={entry.key} className="nominee" tabIndex={-1}>
            <span className="nominee-who">
              <strong>{entryName(entry)}</strong>
              <span className="member-detail">
                {entry.person
                  ? entry.person.detail
                  : [entry.outside?.organisation, t.surveys.answerPage.outsider].filter(Boolean).join(' · ')}
              </span>
              {errors[entry.key] ? (
                <span id={`${entry.key}-error`} className="field-error">
                  {errors[entry.key]}
                </span>
              ) : null}
            </span>
            <span className="nominee-controls">
              {scale ? (
                <span className="field">
                  <label htmlFor={`${entry.key}-frequency`}>
                    {fill(t.surveys.answerPage.frequencyOf, { name: entryName(entry) })}
                  </label>
                  <select
                    id={`${entry.key}-frequency`}
                    aria-invalid={errors[entry.key] && entry.frequency === null ? true : undefined}
                    aria-describedby={errors[entry.key] ? `${entry.key}-error` : undefined}
                    value={entry.frequency ?? ''}
                    disabled={readOnly}
                    onChange={(event) =>
                      setFrequency(entry, event.target.value === '' ? null : Number(event.target.value))
                    }
                  >
                    <option value="">{t.surveys.answerPage.chooseFrequency}</option>
                    {scale.map((label, point) => (
                      <option key={point} value={point}>
                        {label}
                      </option>
                    ))}
                  </select>
                </span>
              ) : null}
              {readOnly ? null : (
                <button type="button" className="button-quiet" onClick={() => remove(entry)}>
                  {fill(t.surveys.answerPage.remove, { name: entryName(entry) })}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <>
          {full ? <p className="notice">{t.surveys.answerPage.full}</p> : null}
          <Field
            id={`${id}-search`}
            label={t.surveys.answerPage.search}
            hint={t.surveys.answerPage.searchHint}
          >
            {(control) => (
              <NomineeCombobox
                control={control}
                waveId={waveId}
                named={named}
                disabled={full}
                onPick={(candidate) => add(entryForPerson(question.id, candidate))}
              />
            )}
          </Field>
          <OutsiderForm
            id={id}
            disabled={full}
            named={outsiders}
            onAdd={(name, organisation) => add(entryForOutsider(question.id, name, organisation))}
          />
        </>
      )}
    </section>
  );
}

/** Someone outside the network, by name and organisation. */
function OutsiderForm({
  id,
  disabled,
  named,
  onAdd,
}: {
  id: string;
  disabled: boolean;
  /** Outsiders already named for this question (`outsiderKey`): the same one is not added twice. */
  named: ReadonlySet<string>;
  onAdd(name: string, organisation: string): void;
}) {
  const { t, fill } = useI18n();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim().length < 2) {
      setProblem(t.surveys.answerPage.outsideNameNeeded);
      document.getElementById(`${id}-outside-name`)?.focus();
      return;
    }
    if (named.has(outsiderKey({ name, organisation }))) {
      setProblem(fill(t.surveyWaves.answer.outsiderTwice, { name: name.trim() }));
      document.getElementById(`${id}-outside-name`)?.focus();
      return;
    }
    setProblem(undefined);
    onAdd(name, organisation);
    setName('');
    setOrganisation('');
  };
  return (
    <form className="outside-form" onSubmit={submit} noValidate aria-labelledby={`${id}-outside`}>
      <h3 id={`${id}-outside`}>{t.surveys.answerPage.outside}</h3>
      <div className="form-columns form-columns-action">
        <Field id={`${id}-outside-name`} label={t.surveys.answerPage.outsideName} error={problem}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={name}
              disabled={disabled}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-outside-organisation`} label={t.surveys.answerPage.outsideOrganisation}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={organisation}
              disabled={disabled}
              onChange={(event) => setOrganisation(event.target.value)}
            />
          )}
        </Field>
        <div className="field field-action">
          <button type="submit" className="button-secondary" disabled={disabled}>
            {t.surveys.answerPage.addOutside}
          </button>
        </div>
      </div>
    </form>
  );
}
