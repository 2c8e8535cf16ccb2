import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runSpc } from './run-spc.js';

/** Runs `trellis spc` with `csv` as the contents of series.csv. */
async function spc(csv: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runSpc(['series.csv', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => {
      if (path !== 'series.csv') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT', path });
      return csv;
    },
  });
  return { code, stdout, stderr };
}

describe('trellis spc', () => {
  it('prints the analysis of a series as JSON, in the documented shape', async () => {
    // Medians: 1, 3, 2 → 2; the 2 is on it: useful 2, one crossing.
    const result = await spc(
      'period,value\n2024-01,1\n2024-02,3\n2024-03,2\n',
      '--chart',
      'run',
      '--direction',
      'up',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      centre: 2,
      lower: null,
      upper: null,
      points: [
        { period: '2024-01', value: 1, lower: null, upper: null, outside: false },
        { period: '2024-02', value: 3, lower: null, upper: null, outside: false },
        { period: '2024-03', value: 2, lower: null, upper: null, outside: false },
      ],
      runs: { useful: 2, longestRun: 1, longestRunLimit: 4, crossings: 1, crossingsLimit: 0 },
      signals: [],
    });
  });

  it('reads proportions and phases', async () => {
    const csv = 'period,numerator,denominator,phase\n1,1,10,a\n2,2,10,a\n3,5,10,b\n4,7,10,b\n';
    const result = await spc(csv, '--chart', 'p');
    expect(result.code).toBe(0);
    const { phases } = JSON.parse(result.stdout);
    expect(phases.map((phase: any) => [phase.phase, phase.centre])).toEqual([
      ['a', expect.closeTo(0.15, 12)],
      ['b', expect.closeTo(0.6, 12)],
    ]);
    expect(phases[0].points[0].lower).toBe(0);
  });

  it.each([
    ['period,value\n1,abc\n', 'line 2 (row 1), column "value": "abc" is not a number'],
    ['period,value\n1,2\n\n3,0x10\n', 'line 4 (row 2), column "value": "0x10" is not a number'],
    ['period,value\n1,\n', 'line 2 (row 1), column "value": "" is not a number'],
    ['period,value\n1,"2\n', 'line 2: the CSV is malformed'],
    [
      'period,numerator,denominator\n1,2,4\n2,1,0\n',
      'line 3 (row 2), column "denominator": 0 is not above 0',
    ],
    [
      'period,numerator,denominator\n1,5,4\n',
      'line 2 (row 1), column "numerator": 5 is more than the denominator 4',
    ],
    ['period,count\n1,2\n', 'line 1, column 2: unknown column "count"'],
    ['value\n2\n', 'line 1: no "period" column'],
    ['period,numerator\n1,2\n', 'line 1: "numerator" and "denominator" go together'],
    ['period,value\n1,2,3\n', 'line 2 (row 1): 3 fields, the header has 2'],
    ['period,value\n', 'the file has a header but no rows'],
  ])('refuses bad data with exit code 1: %j', async (csv, message) => {
    const result = await spc(csv, '--chart', 'run');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a P chart of values with exit code 1', async () => {
    const result = await spc('period,value\n1,2\n', '--chart', 'p');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('a P chart needs a numerator and denominator (period 1)');
  });

  it('says when the file is missing, with exit code 1', async () => {
    const missing = join(tmpdir(), 'trellis-spc-no-such-file.csv');
    let stderr = '';
    const code = await runSpc([missing, '--chart', 'i'], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(1);
    expect(stderr).toBe(`trellis spc: cannot open ${missing}: no such file\n`);
  });

  it.each([
    [['--chart', 'x'], 'unknown chart "x" (expected run, i or p)'],
    [['--chart', 'run', '--direction', 'sideways'], 'unknown direction "sideways"'],
    [[], 'missing --chart run|i|p'],
    [['--chart', 'run', '--colour', 'red'], "Unknown option '--colour'"],
  ])('refuses a wrong command line with exit code 2: %j', async (args, message) => {
    const result = await spc('period,value\n1,2\n', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('prints its usage', async () => {
    let stdout = '';
    expect(await runSpc(['--help'], { stdout: (text) => (stdout += text), stderr: () => {} })).toBe(0);
    expect(stdout).toContain('trellis spc FILE.csv --chart run|i|p');
  });
});
