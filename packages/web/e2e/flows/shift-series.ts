/**
 * A weekly series with a real shift, for the flows that enter a measure's data through its form:
 * 12 weeks around 50, then 9 around 70. On one phase of 21 points the median is 52, 19 points are
 * off it (a longest-run limit of round(log2(19) + 3) = 7), and the last 9 lie above it: a shift
 * the runs rules must find, in the better direction for a measure where higher is better.
 */
import type { Page } from 'playwright-core';
import { expectStatus } from '../support/suite.ts';

/** Mondays from 2026-01-05, one a week. */
export const week = (index: number) => {
  const day = new Date(Date.UTC(2026, 0, 5 + 7 * index));
  return day.toISOString().slice(0, 10);
};

export const BEFORE = [49, 52, 48, 51, 50, 47, 53, 50, 49, 51, 52, 48];
export const AFTER = [69, 72, 70, 68, 71, 73, 69, 70, 72];
export const SHIFT = [...BEFORE, ...AFTER];

/** Types the series into the measure page's data-entry form for one school, one period a row, and saves it. */
export async function enterSeries(page: Page, schoolName: string, values: readonly number[] = SHIFT) {
  for (const [index] of values.entries()) {
    await page.getByLabel('Period (its first day)').fill(week(index));
    await page.getByRole('button', { name: 'Add a period' }).click();
  }
  for (const [index, value] of values.entries())
    await page
      .getByRole('textbox', { name: new RegExp(`^${schoolName}, `) })
      .nth(index)
      .fill(String(value));
  await page.getByRole('button', { name: 'Save the data' }).click();
  await expectStatus(page, `Data saved: ${values.length} added, 0 updated.`);
}
