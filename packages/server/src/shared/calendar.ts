/**
 * Calendar days as the region lives them. Survey waves (and later events) carry dates, not
 * instants: a wave that opens on 1 March opens at midnight in the region, not in UTC.
 */
export const REGION_TIME_ZONE = 'Europe/Madrid';

/** The date (YYYY-MM-DD) it is in `timeZone` at `now`. */
export function todayIn(timeZone: string = REGION_TIME_ZONE, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps this independent of that convention.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
