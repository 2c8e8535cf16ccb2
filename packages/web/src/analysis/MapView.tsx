/** The drawn map with its controls: colour, size, search, zoom, the legend and the focused node. */
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnalysisLevel } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { BROKERAGE_ROLES, type AnalysisMap } from './analysis.types.ts';
import { bandRange, isBanded } from './bands.ts';
import {
  categoryCodes,
  COLOUR_BYS,
  HIDDEN_CATEGORY,
  colourByCategory,
  sizesFor,
  SIZE_BYS,
  type ColourBy,
  type SizeBy,
} from './map-graph.ts';
import { MapLegend } from './MapLegend.tsx';
import { MapSearch } from './MapSearch.tsx';
import { useNodeText } from './node-text.ts';
import { useSigmaMap } from './use-sigma-map.ts';

export function MapView({ map, level }: { map: AnalysisMap; level: AnalysisLevel }) {
  const { t, fill, plural, number } = useI18n();
  const announce = useAnnounce();
  const text = useNodeText(map);
  const [colourBy, setColourBy] = useState<ColourBy>(level === 'people' ? 'organisation' : 'community');
  const [sizeBy, setSizeBy] = useState<SizeBy>('degree');
  const [focus, setFocus] = useState<number | null>(null);
  const colouring = useMemo(() => colourByCategory(categoryCodes(map, colourBy)), [map, colourBy]);
  const sizes = useMemo(() => sizesFor(map.nodes[sizeBy]), [map, sizeBy]);

  const container = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const describe = useRef(text.tooltip);
  // The map reads the tooltip text on hover; keep it current without redrawing the map.
  useLayoutEffect(() => {
    describe.current = text.tooltip;
  }, [text.tooltip]);
  const onNodeClick = useRef((index: number) => setFocus(index));
  const controller = useSigmaMap({
    container,
    tooltip,
    map,
    colours: colouring.colours,
    sizes,
    describe,
    onNodeClick,
  });

  useEffect(() => controller.current?.recolour(colouring.colours), [controller, colouring]);
  useEffect(() => controller.current?.resize(sizes), [controller, sizes]);
  // Announced once per focus change, not again when the language's texts change.
  const announceFocus = useEffectEvent((index: number) =>
    announce(
      fill(t.analysis.map.focused, {
        name: text.name(index),
        count: controller.current?.neighbourCount(index) ?? 0,
      }),
    ),
  );
  useEffect(() => {
    controller.current?.focus(focus);
    if (focus !== null) announceFocus(focus);
  }, [controller, focus]);

  const nodeCount = map.nodes.x.length;
  const description = fill(t.analysis.map.description, {
    nodes: plural(level === 'people' ? t.analysis.map.people : t.analysis.map.organisations, nodeCount),
    ties: plural(t.analysis.map.ties, map.edges.source.length),
  });
  const colourChoices = COLOUR_BYS.filter((by) => by !== 'network' || map.networks.length > 0);

  return (
    <div className="map-view">
      <div className="map-controls">
        <Field id="map-colour" label={t.analysis.map.colourBy}>
          {(control) => (
            <select
              {...control}
              value={colourBy}
              onChange={(event) => setColourBy(event.target.value as ColourBy)}
            >
              {colourChoices.map((by) => (
                <option key={by} value={by}>
                  {t.analysis.map.colourBys[by]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="map-size" label={t.analysis.map.sizeBy}>
          {(control) => (
            <select {...control} value={sizeBy} onChange={(event) => setSizeBy(event.target.value as SizeBy)}>
              {SIZE_BYS.map((by) => (
                <option key={by} value={by}>
                  {t.analysis.map.sizeBys[by]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MapSearch map={map} level={level} onFound={setFocus} />
      </div>
      <div className="map-stage">
        <div
          ref={container}
          className="map-canvas"
          role="img"
          aria-label={description}
          aria-describedby="map-help"
        />
        <div ref={tooltip} className="map-tooltip" hidden aria-hidden="true" />
        {/* A small vertical group in a corner: named by aria-label and title, drawn as signs. */}
        <div className="map-zoom" role="group" aria-label={t.analysisLoop.map.zoomGroup}>
          {(
            [
              ['+', t.analysis.map.zoomIn, () => controller.current?.zoomIn()],
              ['−', t.analysis.map.zoomOut, () => controller.current?.zoomOut()],
              ['⤢', t.analysis.map.reset, () => controller.current?.reset()],
            ] as const
          ).map(([sign, label, action]) => (
            <button
              key={label}
              type="button"
              className="button-secondary map-zoom-button"
              aria-label={label}
              title={label}
              onClick={action}
            >
              <span aria-hidden="true">{sign}</span>
            </button>
          ))}
        </div>
      </div>
      <p id="map-help" className="hint">
        {t.analysis.map.help}
      </p>
      <div className="map-side">
        <MapLegend
          title={fill(t.analysis.map.legend, { by: t.analysis.map.colourBys[colourBy] })}
          entries={colouring.legend}
          labelOf={(code) => categoryLabel(map, colourBy, code, t.analysis)}
          sizeNote={sizeNote(map, sizeBy, t.analysis, fill, number)}
        />
        {map.anonymity ? (
          <p className="hint">{fill(t.analysis.map.anonymised, { k: map.anonymity.k })}</p>
        ) : null}
        {focus !== null ? (
          <section className="panel map-focus" aria-labelledby="map-focus-heading">
            <h3 id="map-focus-heading">{t.analysis.map.focusHeading}</h3>
            <p className="map-focus-name">{text.name(focus)}</p>
            <p>{text.details(focus)}</p>
            <button type="button" className="button-secondary" onClick={() => setFocus(null)}>
              {t.analysis.map.clearFocus}
            </button>
          </section>
        ) : null}
      </div>
    </div>
  );
}

type AnalysisTexts = ReturnType<typeof useI18n>['t']['analysis'];

/** A legend line's text: an organisation's or network's name, a community number or a role. */
function categoryLabel(map: AnalysisMap, by: ColourBy, code: number | null, t: AnalysisTexts): string {
  if (code === null) return t.map.other;
  if (code === HIDDEN_CATEGORY) {
    const k = String(map.anonymity?.k ?? '');
    return (by === 'organisation' ? t.map.otherOrganisations : t.map.notShown).replace('{k}', k);
  }
  switch (by) {
    case 'organisation':
      return map.groups[code]?.name ?? t.map.other;
    case 'network':
      return map.networks[code]?.name ?? t.map.other;
    case 'community':
      return t.map.community.replace('{number}', String(code + 1));
    case 'role': {
      const role = BROKERAGE_ROLES[code];
      return role ? t.roles[role] : t.map.other;
    }
  }
}

/** What node size shows; on an anonymised map, with the bands it is drawn in. */
function sizeNote(
  map: AnalysisMap,
  by: SizeBy,
  t: AnalysisTexts,
  fill: ReturnType<typeof useI18n>['fill'],
  number: (value: number) => string,
): string {
  const measure = t.map.sizeBys[by];
  const note = fill(t.map.sizeNote, { measure });
  if (!map.anonymity || !isBanded(by)) return note;
  const bands = map.anonymity.bands[by].map((band) => bandRange(band, number)).join(' · ');
  return bands ? `${note} ${fill(t.map.sizeBands, { measure, bands })}` : note;
}
