import { describe, expect, it } from 'vitest';
import { todayIn } from './calendar.js';

describe('todayIn', () => {
  it('reads the date in the region, not in UTC', () => {
    const lateEvening = new Date('2026-02-28T23:30:00Z'); // 00:30 on 1 March in Madrid
    expect(todayIn('Europe/Madrid', lateEvening)).toBe('2026-03-01');
    expect(todayIn('UTC', lateEvening)).toBe('2026-02-28');
  });
});
