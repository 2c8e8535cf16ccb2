import { todayIn } from '../shared/calendar.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The region's date `days` from today (negative: before), so that tests' waves are open whenever they run. */
export const daysFromToday = (days: number) => todayIn(undefined, new Date(Date.now() + days * DAY_MS));

/** The dates of a wave that takes answers today. */
export const openWaveDates = () => ({ opensOn: daysFromToday(-14), closesOn: daysFromToday(30) });
