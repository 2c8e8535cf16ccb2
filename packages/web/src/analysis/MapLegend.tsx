/** The legend of the map's current colouring: the top categories with their counts, then "other". */
import { useI18n } from '../i18n/i18n.tsx';
import type { LegendEntry } from './map-graph.ts';

interface Props {
  title: string;
  entries: LegendEntry[];
  labelOf: (code: number | null) => string;
  sizeNote: string;
}

export function MapLegend({ title, entries, labelOf, sizeNote }: Props) {
  const { number } = useI18n();
  return (
    <section className="panel map-legend" aria-labelledby="map-legend-heading">
      <h3 id="map-legend-heading">{title}</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.code ?? 'other'}>
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
            <span className="legend-label">{labelOf(entry.code)}</span>
            <span className="legend-count">{number(entry.count)}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{sizeNote}</p>
    </section>
  );
}
