/**
 * The nomination type-ahead: people in the wave's network found by name or school, as an
 * ARIA 1.2 combobox (the input keeps focus; arrows move through the listbox with
 * `aria-activedescendant`; Enter picks; Escape closes, then clears). Picking adds the person to
 * the question's list and empties the box for the next name.
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
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
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
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
  const expanded = open && searching && query.isSuccess && !disabled;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function pick(candidate: Candidate) {
    onPick(candidate);
    setText('');
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = candidates.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index < 0 && step < 0 ? count - 1 : (index + step + count) % count));
    } else if (event.key === 'Enter') {
      // Enter never submits anything from here: it picks the active suggestion, if any.
      event.preventDefault();
      const candidate = expanded ? candidates[active] : undefined;
      if (candidate) pick(candidate);
    } else if (event.key === 'Escape' && (expanded || text)) {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  }

  const activeCandidate = expanded ? candidates[active] : undefined;
  return (
    <div className="combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeCandidate ? optionId(active) : undefined}
        autoComplete="off"
        disabled={disabled}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t.surveys.answerPage.search}
        className="listbox"
        hidden={!expanded}
      >
        {candidates.map((candidate, index) => (
          <li
            key={candidate.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'option option-active' : 'option'}
            // Keep focus in the input; the click below picks.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(candidate)}
          >
            <span className="option-name">{candidate.displayName}</span>
            {candidate.organisations.length > 0 ? (
              <span className="option-detail">
                {' '}
                · {candidate.organisations.map((o) => o.name).join(', ')}
              </span>
            ) : null}
          </li>
        ))}
        {expanded && candidates.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="option option-empty">
            {t.surveys.answerPage.noMatches}
          </li>
        ) : null}
      </ul>
      <div className="visually-hidden" aria-live="polite">
        {searching && query.isFetching ? t.surveys.answerPage.searching : ''}
        {expanded
          ? candidates.length > 0
            ? plural(t.surveys.answerPage.suggestions, candidates.length)
            : t.surveys.answerPage.noMatches
          : ''}
      </div>
    </div>
  );
}
