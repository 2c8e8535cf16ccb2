/**
 * Type-ahead over organisations and people, as an ARIA 1.2 combobox: the input keeps focus,
 * arrows move through the listbox (`aria-activedescendant`), Enter picks, Escape closes.
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { searchCandidates } from './memberships.api.ts';

export interface Candidate {
  type: 'organisation' | 'person';
  id: string;
  name: string;
  detail: string;
}

const MIN_CHARS = 2;
const TYPING_DELAY_MS = 250;

interface Props {
  control: ControlProps;
  selected: Candidate | null;
  onSelect(candidate: Candidate | null): void;
}

export function MemberCombobox({ control, selected, onSelect }: Props) {
  const { t, plural } = useI18n();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), TYPING_DELAY_MS);
  const searching = q.length >= MIN_CHARS && (!selected || selected.name !== text);

  const query = useQuery({
    queryKey: ['candidates', q],
    queryFn: ({ signal }) => searchCandidates(q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  const candidates: Candidate[] =
    searching && query.data
      ? [
          ...query.data.organisations.map((o) => ({
            type: 'organisation' as const,
            id: o.id,
            name: o.name,
            detail: [t.vocab.organisationKind[o.kind], o.municipality].filter(Boolean).join(' · '),
          })),
          ...query.data.people.map((p) => ({
            type: 'person' as const,
            id: p.id,
            name: p.displayName,
            detail: p.organisations.map((o) => o.name).join(', '),
          })),
        ]
      : [];
  const expanded = open && searching && query.isSuccess;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function pick(candidate: Candidate) {
    onSelect(candidate);
    setText(candidate.name);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = candidates.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive((index) => (index <= 0 ? count - 1 : index - 1));
        break;
      case 'Enter': {
        const candidate = expanded ? candidates[active] : undefined;
        if (candidate) {
          event.preventDefault();
          pick(candidate);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
          onSelect(null);
        }
        break;
      default:
        break;
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
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
          if (selected) onSelect(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t.addMember.search} className="listbox" hidden={!expanded}>
        {candidates.map((candidate, index) => (
          <li
            key={`${candidate.type}-${candidate.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'option option-active' : 'option'}
            // Keep focus in the input; the click below picks.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(candidate)}
          >
            <span className="option-type">
              {candidate.type === 'person' ? t.addMember.person : t.addMember.organisation}
            </span>{' '}
            <span className="option-name">{candidate.name}</span>
            {candidate.detail ? <span className="option-detail"> · {candidate.detail}</span> : null}
          </li>
        ))}
        {expanded && candidates.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="option option-empty">
            {t.addMember.noMatches}
          </li>
        ) : null}
      </ul>
      <div className="visually-hidden" aria-live="polite">
        {searching && query.isFetching ? t.addMember.searching : ''}
        {expanded
          ? candidates.length > 0
            ? plural(t.addMember.suggestions, candidates.length)
            : t.addMember.noMatches
          : ''}
      </div>
    </div>
  );
}
