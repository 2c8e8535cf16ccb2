/**
 * Calendar days where the user is. A date-only value (`2026-12-01`) is a day on the user's
 * calendar, so "today" comes from the browser's time zone, not from UTC: just after midnight in
 * Madrid, UTC still says yesterday.
 */

/** Today's date (`YYYY-MM-DD`) in `timeZone`, by default the browser's own. */
export function todayIso(now: Date = new Date(), timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar day `days` after `iso` (`YYYY-MM-DD`); counted in UTC, where every day has 24 hours. */
export function addDays(iso: string, days: number): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
