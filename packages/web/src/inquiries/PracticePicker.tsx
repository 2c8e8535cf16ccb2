/**
 * Practices picked one by one from the bank's practice search (GET /practices?q=), as the
 * practice editor's ResourcePicker does for resources: a list with Remove buttons and a type-ahead.
 */
import type { PracticeSummary } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Picked } from '../practices/PracticePickers.tsx';
import { listPractices } from '../practices/practices.api.ts';
import { Combobox } from '../ui/combobox.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { useTypeAhead } from '../ui/use-type-ahead.ts';

interface Props {
  control: ControlProps;
  practices: Picked[];
  max: number;
  label: string;
  onChange(practices: Picked[]): void;
}

export function PracticePicker({ control, practices, max, label, onChange }: Props) {
  const { t, plural } = useI18n();
  const p = t.practices;
  const { results, combobox } = useTypeAhead({
    key: (q) => ['practices', 'picker', q],
    search: (q, signal) => listPractices({ q, network: '' }, null, signal).then((page) => page.items),
  });
  const chosen = new Set(practices.map((practice) => practice.id));
  const items = results.filter((practice) => !chosen.has(practice.id));
  return (
    <>
      {practices.length > 0 ? (
        <ol className="picked-list" aria-label={label}>
          {practices.map((practice) => (
            <li key={practice.id}>
              <span>{practice.name}</span>
              <button
                type="button"
                className="button-quiet"
                onClick={() => onChange(practices.filter((other) => other.id !== practice.id))}
              >
                {p.remove}
                <span className="visually-hidden"> {practice.name}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <Combobox<PracticeSummary>
        control={control}
        items={items}
        {...combobox}
        onSelect={(practice) => {
          if (practice && !chosen.has(practice.id))
            onChange([...practices, { id: practice.id, name: practice.title }]);
        }}
        itemKey={(practice) => practice.id}
        itemText={(practice) => practice.title}
        renderItem={(practice) => (
          <>
            <span className="option-name" lang={practice.language}>
              {practice.title}
            </span>
            <span className="option-detail"> · {practice.network.name}</span>
          </>
        )}
        clearOnPick
        enterNeverSubmits
        disabled={practices.length >= max}
        texts={{
          list: label,
          noMatches: p.noResults,
          searching: p.searching,
          count: (count) => plural(p.suggestions, count),
        }}
      />
    </>
  );
}
