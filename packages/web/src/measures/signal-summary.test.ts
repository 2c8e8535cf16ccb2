import { describe, expect, it } from 'vitest';
import type { SeriesPhase } from '../api/types.ts';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import { seriesSummary, type Say } from './signal-summary.ts';

const sayIn = (catalogue: typeof en, locale: string): Say => ({
  m: catalogue.measures,
  fill: (template, values = {}) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = values[key];
      return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value ?? '');
    }),
  plural: (message, count) => (count === 1 ? message.one : message.other).replace('{count}', String(count)),
});

const phase = (overrides: Partial<SeriesPhase>): SeriesPhase => ({
  label: 'Baseline',
  startsOn: '2026-01-05',
  frozenPoints: null,
  centre: 50,
  lower: 40,
  upper: 60,
  points: [{ period: '2026-01-05', value: 50, lower: 40, upper: 60, outside: false }],
  runs: { useful: 20, longestRun: 9, longestRunLimit: 7, crossings: 4, crossingsLimit: 6 },
  signals: [],
  ...overrides,
});

describe('seriesSummary', () => {
  it('names a shift in the better direction above the median for a measure that is better up', () => {
    const run = phase({ signals: [{ rule: 'shift', direction: 'better' }] });
    expect(seriesSummary(run, phase({}), 'up', sayIn(en, 'en'))).toBe(
      'A shift in the better direction: 9 points in a row above the median (limit 7); no point outside the limits.',
    );
  });

  it('puts a better shift below the median when lower is better, in Spanish too', () => {
    const run = phase({ signals: [{ rule: 'shift', direction: 'better' }] });
    expect(seriesSummary(run, phase({}), 'down', sayIn(es, 'es'))).toBe(
      'Un desplazamiento en la dirección de mejora: 9 puntos seguidos por debajo de la mediana (límite 7); ningún punto fuera de los límites.',
    );
  });

  it('claims nothing under ten useful points', () => {
    const run = phase({
      runs: { useful: 8, longestRun: 8, longestRunLimit: null, crossings: 0, crossingsLimit: null },
    });
    expect(seriesSummary(run, phase({}), 'up', sayIn(en, 'en'))).toBe(
      'Too few points (8) to judge runs: no signal is claimed.',
    );
  });

  it('counts points outside the limits by the side that is better', () => {
    const spc = phase({
      points: [
        { period: '2026-01-05', value: 70, lower: 40, upper: 60, outside: true },
        { period: '2026-01-12', value: 30, lower: 40, upper: 60, outside: true },
        { period: '2026-01-19', value: 20, lower: 40, upper: 60, outside: true },
      ],
    });
    expect(
      seriesSummary(
        phase({
          runs: { useful: 20, longestRun: 4, longestRunLimit: 7, crossings: 3, crossingsLimit: 6 },
          signals: [{ rule: 'crossings', direction: null }],
        }),
        spc,
        'up',
        sayIn(en, 'en'),
      ),
    ).toBe(
      'No shift: the longest run is 4 points (limit 7); too few crossings of the median: 3 (at least 6 expected); 1 point outside the limits in the better direction, 2 points outside the limits in the worse direction.',
    );
  });
});
