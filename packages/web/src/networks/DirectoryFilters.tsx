/**
 * The directory's search form. Filters live in the URL (shareable, and Back restores them);
 * typing is debounced so the list follows without a request per keystroke.
 */
import { useEffect, useState } from 'react';
import { NETWORK_KINDS, NETWORK_LEVELS, type NetworkKind } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { DirectoryFilters as Filters } from './networks.api.ts';

const TYPING_DELAY_MS = 300;

interface Props {
  filters: Filters;
  onChange(filters: Filters): void;
}

export function DirectoryFilters({ filters, onChange }: Props) {
  const { t, fill } = useI18n();
  const [q, setQ] = useState(filters.q);
  const [region, setRegion] = useState(filters.region);
  const settledQ = useDebounced(q, TYPING_DELAY_MS);
  const settledRegion = useDebounced(region, TYPING_DELAY_MS);

  useEffect(() => {
    if (settledQ !== filters.q || settledRegion !== filters.region) {
      onChange({ ...filters, q: settledQ, region: settledRegion });
    }
    // Only settled typing triggers this; the selects apply at once through onChange.
  }, [settledQ, settledRegion]);

  const clear = () => {
    setQ('');
    setRegion('');
    onChange({ q: '', kind: '', level: '', region: '' });
  };
  const active = filters.q || filters.kind || filters.level || filters.region || q || region;

  return (
    <form
      role="search"
      aria-label={t.directory.filters}
      className="filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor="filter-q">{t.directory.search}</label>
        <input
          id="filter-q"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="filter-kind">{t.directory.kind}</label>
        <select
          id="filter-kind"
          value={filters.kind}
          onChange={(event) => onChange({ ...filters, kind: event.target.value as NetworkKind | '' })}
        >
          <option value="">{t.directory.anyKind}</option>
          {NETWORK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.vocab.networkKind[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-level">{t.directory.level}</label>
        <select
          id="filter-level"
          value={filters.level}
          onChange={(event) => onChange({ ...filters, level: event.target.value })}
        >
          <option value="">{t.directory.anyLevel}</option>
          {NETWORK_LEVELS.map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {fill(t.network.levelValue, { level: index + 1, name: t.vocab.networkLevel[name] })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-region">{t.directory.region}</label>
        <input
          id="filter-region"
          type="text"
          value={region}
          placeholder={t.directory.regionHint}
          onChange={(event) => setRegion(event.target.value)}
          autoComplete="off"
        />
      </div>
      {active ? (
        <div className="field field-action">
          <button type="button" className="button-quiet" onClick={clear}>
            {t.directory.clear}
          </button>
        </div>
      ) : null}
    </form>
  );
}
