import { afterEach, describe, expect, it, vi } from 'vitest';
import { newSurveyForm } from '../surveys/survey-form.ts';
import { addDays, todayIso } from './dates.ts';

describe('today where the user is', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = savedTz;
  });

  it('is already tomorrow in Madrid just after midnight, while UTC still says today', () => {
    // 00:30 on 2 December in Madrid (UTC+1) is 23:30 on 1 December in UTC.
    const justAfterMidnight = new Date('2026-12-01T23:30:00Z');
    expect(todayIso(justAfterMidnight, 'Europe/Madrid')).toBe('2026-12-02');
    expect(todayIso(justAfterMidnight, 'UTC')).toBe('2026-12-01');
    // And the other way round west of Greenwich: 19:30 on 1 December in Mexico City.
    expect(todayIso(new Date('2026-12-02T01:30:00Z'), 'America/Mexico_City')).toBe('2026-12-01');
  });

  it('follows the browser’s time zone when none is given, with the clock fixed', () => {
    process.env.TZ = 'Europe/Madrid';
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T23:30:00Z'));
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Madrid');
    expect(todayIso()).toBe('2026-12-02');
    // The new-survey form opens its first wave on the user's today, and closes it four weeks on.
    expect(newSurveyForm('')).toMatchObject({ opensOn: '2026-12-02', closesOn: '2026-12-30' });
  });

  it('adds calendar days across month ends and the clock change', () => {
    expect(addDays('2026-12-02', 28)).toBe('2026-12-30');
    expect(addDays('2027-03-20', 14)).toBe('2027-04-03');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
