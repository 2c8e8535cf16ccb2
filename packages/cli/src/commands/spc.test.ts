import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder, trellis } from '../test-support/trellis.js';

describe('trellis spc', () => {
  const folder = temporaryFolder('trellis-spc-');

  it('prints an I chart of a CSV file as JSON', async () => {
    // Mean 4; moving ranges 2, 1, 4: limits 4 ± 2.66 × 7 / 3.
    const file = join(folder(), 'waits.csv');
    await writeFile(file, 'period,value\nJan,2\nFeb,4\nMar,3\nApr,7\n');
    const result = await trellis('spc', file, '--chart', 'i', '--direction', 'down');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.centre).toBe(4);
    expect(json.upper).toBeCloseTo(4 + (2.66 * 7) / 3, 10);
    expect(json.points.map((point: any) => point.period)).toEqual(['Jan', 'Feb', 'Mar', 'Apr']);
    expect(json.signals).toEqual([]);
  });

  it('names the row and column of bad data (exit 1) and refuses an unknown chart (exit 2)', async () => {
    const file = join(folder(), 'bad.csv');
    await writeFile(file, 'period,numerator,denominator\nJan,3,0\n');
    const bad = await trellis('spc', file, '--chart', 'p');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('trellis spc: line 2 (row 1), column "denominator": 0 is not above 0\n');
    const unknown = await trellis('spc', file, '--chart', 'xbar');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown chart "xbar"');
  });

  it('is listed in the help', async () => {
    expect((await trellis('help')).stdout).toContain('spc FILE.csv --chart run|i|p');
  });
});
