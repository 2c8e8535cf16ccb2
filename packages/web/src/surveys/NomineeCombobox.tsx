/**
 * The nomination type-ahead: people in the wave's network found by name or school, on the shared
 * `Combobox` (keyboard and ARIA there). Picking adds the person to the question's list and empties
 * the box for the next name; Enter here never submits the answer form.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Combobox } from '../ui/combobox.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { searchNominees, surveyKeys, type Candidate } from './surveys.api.ts';

const MIN_CHARS = 2;
const TYPING_DELAY_MS = 200;

interface Props {
  control: ControlProps;
  waveId: string;
  /** People already named for this question, left out of the suggestions. */
  named: ReadonlySet<string>;
  disabled: boolean;
  onPick(candidate: Candidate): void;
}

export function NomineeCombobox({ control, waveId, named, disabled, onPick }: Props) {
  const { t, plural } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), TYPING_DELAY_MS);
  const searching = q.length >= MIN_CHARS;
  const query = useQuery({
    queryKey: surveyKeys.candidates(waveId, q),
    queryFn: ({ signal }) => searchNominees(waveId, q, signal),
    enabled: searching && !disabled,
    staleTime: 60_000,
  });
  const candidates =
    searching && query.data ? query.data.filter((candidate) => !named.has(candidate.id)) : [];

  return (
    <Combobox
      control={control}
      items={candidates}
      ready={searching && query.isSuccess}
      busy={searching && query.isFetching}
      text={text}
      onTextChange={setText}
      onSelect={(candidate) => {
        if (candidate) onPick(candidate);
      }}
      itemKey={(candidate) => candidate.id}
      itemText={(candidate) => candidate.displayName}
      renderItem={(candidate) => (
        <>
          <span className="option-name">{candidate.displayName}</span>
          {candidate.organisations.length > 0 ? (
            <span className="option-detail"> · {candidate.organisations.map((o) => o.name).join(', ')}</span>
          ) : null}
        </>
      )}
      clearOnPick
      enterNeverSubmits
      disabled={disabled}
      texts={{
        list: t.surveys.answerPage.search,
        noMatches: t.surveys.answerPage.noMatches,
        searching: t.surveys.answerPage.searching,
        count: (count) => plural(t.surveys.answerPage.suggestions, count),
      }}
    />
  );
}
