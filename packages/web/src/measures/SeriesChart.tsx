/**
 * One school's chart of one measure, drawn with Observable Plot: a run chart (points and the
 * median per phase) or an SPC chart (centre and 3-sigma limits per phase, stepped where a P
 * chart's limits follow each period's denominator, and points outside them marked by shape as well
 * as colour), with phase boundaries, annotations (when each change was tested) and the target.
 * The SVG is an image whose label is the summary; the table of its points is the accessible copy.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { MeasureChart, SeriesPhase } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface SeriesChartProps {
  phases: SeriesPhase[];
  kind: 'run' | 'spc';
  annotations: MeasureChart['annotations'];
  target: number | null;
  label: string;
  /** Small multiples share a y scale, so that schools are compared fairly. */
  yDomain?: [number, number] | undefined;
  height?: number;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function SeriesChart({
  phases,
  kind,
  annotations,
  target,
  label,
  yDomain,
  height = 220,
}: SeriesChartProps) {
  const { locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const rows = phases.flatMap((phase, index) =>
      phase.points.map((point) => ({ ...point, x: day(point.period), phase: index, centre: phase.centre })),
    );
    if (rows.length === 0) return;
    const months = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const first = rows[0]!.x;
    const last = rows[rows.length - 1]!.x;
    const marks: Plot.Markish[] = [
      Plot.line(rows, { x: 'x', y: 'centre', z: 'phase', stroke: '#1b6b3a', strokeWidth: 1.5 }),
    ];
    if (kind === 'spc') {
      for (const side of ['lower', 'upper'] as const)
        marks.push(
          Plot.line(
            rows.filter((row) => row[side] !== null),
            { x: 'x', y: side, z: 'phase', stroke: '#a33', strokeDasharray: '4 3', curve: 'step' },
          ),
        );
    }
    if (target !== null) marks.push(Plot.ruleY([target], { stroke: '#5a3d8a', strokeDasharray: '2 4' }));
    for (const phase of phases.slice(1))
      marks.push(Plot.ruleX([day(phase.startsOn)], { stroke: '#444', strokeWidth: 1 }));
    const shown = annotations.filter((a) => day(a.period) >= first && day(a.period) <= last);
    marks.push(
      Plot.ruleX(shown, {
        x: (a: (typeof shown)[number]) => day(a.period),
        stroke: '#999',
        strokeDasharray: '1 3',
      }),
      Plot.text(shown, {
        x: (a: (typeof shown)[number]) => day(a.period),
        frameAnchor: 'top',
        text: (a: (typeof shown)[number]) => a.text,
        textAnchor: 'start',
        dx: 3,
        dy: 2,
        fill: '#333',
        lineWidth: 12,
      }),
      Plot.line(rows, { x: 'x', y: 'value', z: 'phase', stroke: '#1f4e79' }),
      Plot.dot(
        rows.filter((row) => !row.outside),
        { x: 'x', y: 'value', fill: '#1f4e79', r: 2.5 },
      ),
      Plot.dot(
        rows.filter((row) => row.outside),
        { x: 'x', y: 'value', fill: '#c00', stroke: '#fff', symbol: 'diamond', r: 5 },
      ),
    );
    const svg = Plot.plot({
      height,
      marginLeft: 44,
      style: { fontSize: '12px', background: 'transparent' },
      x: { type: 'utc', label: null, tickFormat: (d: Date) => months.format(d), ticks: 5 },
      y: {
        label: null,
        grid: true,
        nice: true,
        tickFormat: (n: number) => numbers.format(n),
        ...(yDomain ? { domain: yDomain } : {}),
      },
      marks,
      ariaLabel: label,
    });
    svg.setAttribute('role', 'img');
    // The title of the whole image is the label; the marks' own titles would say less.
    svg.setAttribute('aria-label', label);
    // Plot labels its mark groups ("line", "rule"); inside an image they say nothing and axe refuses them.
    for (const part of svg.querySelectorAll('[aria-label], [aria-description]')) {
      part.removeAttribute('aria-label');
      part.removeAttribute('aria-description');
    }
    host.replaceChildren(svg);
    return () => svg.remove();
  }, [phases, kind, annotations, target, label, yDomain, height, locale]);
  return <div ref={ref} className="series-chart" />;
}
