/**
 * The directory's search form. Filters live in the URL (shareable, and Back restores them);
 * typing is debounced so the list follows without a request per keystroke.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { NETWORK_KINDS, NETWORK_LEVELS, type NetworkKind } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import { Field } from '../ui/fields.tsx';
import { listRegions, networkKeys, type DirectoryFilters as Filters } from '../api/networks.api.ts';

const TYPING_DELAY_MS = 300;

interface Props {
  filters: Filters;
  onChange(filters: Filters): void;
}

export function DirectoryFilters({ filters, onChange }: Props) {
  const { t, fill } = useI18n();
  const [q, setQ] = useState(filters.q);
  const settledQ = useDebounced(q, TYPING_DELAY_MS);
  const search = useRef<HTMLInputElement>(null);
  const regions = useQuery({
    queryKey: networkKeys.regions,
    queryFn: ({ signal }) => listRegions(signal),
    staleTime: 300_000,
  });
  const regionOptions = [...(regions.data ?? [])];
  if (filters.region && !regionOptions.includes(filters.region)) regionOptions.push(filters.region);

  // Back and Forward change the URL under the box: follow it, unless someone is typing there.
  useEffect(() => {
    if (document.activeElement !== search.current) setQ(filters.q);
  }, [filters.q]);

  // Only settled typing triggers this; the selects apply at once through onChange.
  const applyTyping = useEffectEvent((typed: string) => {
    if (typed !== filters.q) onChange({ ...filters, q: typed });
  });
  useEffect(() => applyTyping(settledQ), [settledQ]);

  const clear = () => {
    setQ('');
    onChange({ q: '', kind: '', level: '', region: '' });
    search.current?.focus(); // the button goes away with the filters
  };
  const active = filters.q || filters.kind || filters.level || filters.region || q;

  return (
    <form
      role="search"
      aria-label={t.directory.filters}
      className="filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <Field id="filter-q" label={t.directory.search}>
        {(control) => (
          <input
            ref={search}
            {...control}
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field id="filter-kind" label={t.directory.kind}>
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <Field id="filter-level" label={t.directory.level}>
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <Field id="filter-region" label={t.directory.region}>
        {(control) => (
          <select
            {...control}
            value={filters.region}
            onChange={(event) => onChange({ ...filters, region: event.target.value })}
          >
            <option value="">{t.directory.anyRegion}</option>
            {regionOptions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </select>
        )}
      </Field>
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
