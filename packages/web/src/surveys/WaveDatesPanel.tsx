/**
 * An open wave's dates, for its coordinators and evaluators: answers are taken only between them,
 * so this is where a wave is opened later or extended. Problems from the API show on their field.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { surveyKeys, updateWaveDates, type Wave } from './surveys.api.ts';

type DateField = 'opensOn' | 'closesOn';

export function WaveDatesPanel({ wave, networkId }: { wave: Wave; networkId: string }) {
  const { t, fill, date } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [dates, setDates] = useState({ opensOn: wave.opensOn, closesOn: wave.closesOn });
  const [errors, setErrors] = useState<Partial<Record<DateField | 'form', string>>>({});
  const save = useMutation({
    mutationFn: () => updateWaveDates(wave.id, dates),
    onSuccess: async () => {
      setErrors({});
      announce(t.surveys.wavePage.datesSaved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: surveyKeys.wave(wave.id) }),
        queryClient.invalidateQueries({ queryKey: surveyKeys.ofNetwork(networkId) }),
        queryClient.invalidateQueries({ queryKey: surveyKeys.mine }),
      ]);
    },
    onError: (error) => {
      const byField: Partial<Record<DateField | 'form', string>> = {};
      const issues = error instanceof ApiError ? error.issues : [];
      for (const issue of issues) {
        const field = issue.path === 'opensOn' || issue.path === 'closesOn' ? issue.path : 'form';
        byField[field] ??= issue.message;
      }
      if (issues.length === 0) byField.form = error.message;
      setErrors(byField);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const note = {
    not_yet_open: fill(t.surveys.wavePage.notYetOpenNote, { date: date(wave.opensOn) }),
    past_closing_date: t.surveys.wavePage.pastClosingNote,
    open: null,
    closed: null,
  }[wave.answering];
  return (
    <section aria-labelledby="dates-heading" className="panel">
      <h2 id="dates-heading">{t.surveys.wavePage.datesHeading}</h2>
      {note ? <p className="notice">{note}</p> : null}
      <p className="hint">{t.surveys.wavePage.datesHint}</p>
      <form className="form" onSubmit={submit} noValidate>
        {errors.form ? (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        {(['opensOn', 'closesOn'] as const).map((name) => (
          <Field key={name} id={`wave-${name}`} label={t.surveys.wavePage[name]} error={errors[name]}>
            {(control) => (
              <input
                {...control}
                type="date"
                required
                value={dates[name]}
                onChange={(event) => setDates({ ...dates, [name]: event.target.value })}
              />
            )}
          </Field>
        ))}
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={save.isPending}>
            {save.isPending ? t.surveys.wavePage.savingDates : t.surveys.wavePage.saveDates}
          </button>
        </div>
      </form>
    </section>
  );
}
