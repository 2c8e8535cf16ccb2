/** Finds a node by name and focuses it; with several matches, lists them to choose from. */
import { useId, useState, type FormEvent } from 'react';
import type { AnalysisLevel } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import type { AnalysisMap } from './analysis.types.ts';
import { findNodes } from './map-graph.ts';

/** The most matches listed to choose from; the rest are counted ("and 12 more match"). */
const SHOWN_MATCHES = 8;

interface Props {
  map: AnalysisMap;
  level: AnalysisLevel;
  onFound: (index: number) => void;
}

export function MapSearch({ map, level, onFound }: Props) {
  const { t, fill, plural } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<number[] | null>(null);
  if (!map.showsNames) return <p className="hint map-search">{t.analysis.map.namesHidden}</p>;

  const search = (event: FormEvent) => {
    event.preventDefault();
    const found = findNodes(map.nodes.label, query, Number.POSITIVE_INFINITY);
    const exact = found.filter(
      (index) => map.nodes.label[index]?.toLowerCase() === query.trim().toLowerCase(),
    );
    const only = found.length === 1 ? found[0] : exact.length === 1 ? exact[0] : undefined;
    if (only !== undefined) {
      setMatches(null);
      onFound(only);
    } else setMatches(found);
  };
  return (
    <form className="map-search" role="search" onSubmit={search}>
      <Field
        id={`${id}-q`}
        label={level === 'people' ? t.analysis.map.findPerson : t.analysis.map.findOrganisation}
      >
        {(control) => (
          <div className="inline-field">
            <input
              {...control}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <button type="submit" className="button-secondary">
              {t.analysis.map.find}
            </button>
          </div>
        )}
      </Field>
      <div aria-live="polite">
        {matches?.length === 0 ? <p>{fill(t.analysis.map.noMatch, { query: query.trim() })}</p> : null}
        {matches && matches.length > 1 ? (
          <>
            <p>{t.analysis.map.choose}</p>
            <ul className="map-matches">
              {matches.slice(0, SHOWN_MATCHES).map((index) => (
                <li key={index}>
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => {
                      setMatches(null);
                      onFound(index);
                    }}
                  >
                    {map.nodes.label[index]}
                  </button>
                </li>
              ))}
            </ul>
            {matches.length > SHOWN_MATCHES ? (
              <p className="hint">{plural(t.analysisLoop.map.moreMatches, matches.length - SHOWN_MATCHES)}</p>
            ) : null}
          </>
        ) : null}
      </div>
    </form>
  );
}
