/** How a measure reads under the privacy rule the API applied: its value, or its band on an anonymised answer. */
import { BANDED_MEASURES, type Anonymity, type BandedMeasure, type MeasureBand } from './analysis.types.ts';

const BANDED: readonly string[] = BANDED_MEASURES;

/** Whether a measure is sent as a band on anonymised answers. */
export const isBanded = (measure: string): measure is BandedMeasure => BANDED.includes(measure);

/** A band as a range ("3–5"), or one value when it holds only one. */
export function bandRange(band: MeasureBand, number: (value: number) => string): string {
  return band.min === band.max ? number(band.min) : `${number(band.min)}–${number(band.max)}`;
}

/**
 * A measure's text: the value as sent when names are shown; on an anonymised answer the range of
 * the band it is an index of. Null when not shown or not available.
 */
export function measureText(
  anonymity: Anonymity | null,
  measure: BandedMeasure,
  value: number | null | undefined,
  number: (value: number) => string,
): string | null {
  if (value === null || value === undefined) return null;
  if (!anonymity) return number(value);
  const band = anonymity.bands[measure][value];
  return band ? bandRange(band, number) : null;
}
