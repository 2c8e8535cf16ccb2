import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runJigsaw } from './run-jigsaw.js';

const ROSTER = [
  'person,organisation,role',
  ...['a', 'b', 'c', 'd'].flatMap((school) =>
    [1, 2, 3].map((i) => `${school}${i},School ${school.toUpperCase()},${i === 1 ? 'head' : 'teacher'}`),
  ),
].join('\n');

/** Runs `trellis jigsaw` with `files` as the contents of the files it may read. */
async function jigsaw(files: Record<string, string>, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runJigsaw(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT', path });
      return text;
    },
  });
  return { code, stdout, stderr };
}

describe('trellis jigsaw', () => {
  it('prints the groups as JSON, in the documented shape', async () => {
    const result = await jigsaw({ 'roster.csv': ROSTER }, 'roster.csv', '--topics', '4', '--seed', '3');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      'homeGroups',
      'expertGroups',
      'expertTables',
      'topicOf',
      'mixing',
      'seed',
    ]);
    expect(json.homeGroups).toHaveLength(3);
    expect(Object.keys(json.expertGroups)).toEqual(['1', '2', '3', '4']);
    expect(json.expertTables['1']).toEqual([json.expertGroups['1']]);
    expect(json.topicOf.a1).toBeGreaterThanOrEqual(1);
    expect(Object.keys(json.mixing)).toEqual(['home', 'expert', 'random']);
    expect(Object.keys(json.mixing.random)).toEqual(['home', 'expert']);
    expect(json.mixing.home).toEqual({
      groups: 3,
      fullyMixedShare: 1,
      meanOrganisationRatio: 1,
      newPairs: 18,
      avoidedPairsMet: 0,
      sameOrganisationPairs: 0,
      // Four heads and eight teachers in three groups of four: at best 1 + 3, 1 + 3 and 2 + 2.
      sameRolePairs: 3 + 3 + 1 + 1,
    });
    expect(json.seed).toBe(3);
    const again = await jigsaw({ 'roster.csv': ROSTER }, 'roster.csv', '--topics', '4', '--seed', '3');
    expect(again.stdout).toBe(result.stdout);
  });

  it('reads avoided pairs, with weights, and keeps them apart', async () => {
    const pairs = 'a,b,weight\na1,b1,2\nb1,c1,\nc1,d1,0.5\n';
    const files = { 'roster.csv': ROSTER, 'pairs.csv': pairs };
    const result = await jigsaw(files, 'roster.csv', '--topics', '4', '--avoid', 'pairs.csv');
    expect(result.code).toBe(0);
    const { mixing } = JSON.parse(result.stdout);
    expect(mixing.home.avoidedPairsMet + mixing.expert.avoidedPairsMet).toBe(0);
  });

  it('splits expert groups into tables of at most --max-table', async () => {
    const result = await jigsaw({ 'roster.csv': ROSTER }, 'roster.csv', '--topics', '4', '--max-table', '2');
    expect(result.code).toBe(0);
    const { expertTables } = JSON.parse(result.stdout);
    // Three experts per topic: a table of two and a table of one.
    for (const topic of ['1', '2', '3', '4'])
      expect(expertTables[topic].map((table: string[]) => table.length)).toEqual([2, 1]);
  });

  it('reads a roster without roles, columns in any order and case', async () => {
    const roster = 'Organisation,PERSON\nX,p\nY,q\nZ,r\n';
    const result = await jigsaw({ 'roster.csv': roster }, 'roster.csv', '--topics', '3');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).homeGroups.map((g: string[]) => g.sort())).toEqual([['p', 'q', 'r']]);
  });

  it.each([
    ['', 'roster.csv: the file is empty: expected a header row such as person,organisation,role'],
    ['person,organisation\n', 'roster.csv: the file has a header but no rows'],
    ['person,school\np,X\n', 'roster.csv, line 1, column 2: unknown column "school"'],
    ['person\np\n', 'roster.csv, line 1: no "organisation" column'],
    ['person,organisation,person\np,X,q\n', 'roster.csv, line 1: column "person" appears twice'],
    [
      'person,organisation\np,X\nq,Y\np,Z\n',
      'roster.csv, line 4 (row 3), column "person": "p" is already on line 2',
    ],
    ['person,organisation\np,X\n\n,Y\n', 'roster.csv, line 4 (row 2), column "person": the person is empty'],
    [
      'person,organisation\np,\n',
      'roster.csv, line 2 (row 1), column "organisation": the organisation is empty',
    ],
    ['person,organisation\np,X,Y\n', 'roster.csv, line 2 (row 1): 3 fields, the header has 2'],
    ['person,organisation\np,"X\n', 'roster.csv, line 2: the CSV is malformed'],
    [
      'person,organisation\np,X\nq,Y\nr,Z\n',
      '3 participants for 4 topics: every home group needs one person per topic',
    ],
  ])('refuses a bad roster with exit code 1: %j', async (roster, message) => {
    const result = await jigsaw({ 'roster.csv': roster }, 'roster.csv', '--topics', '4');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a,b\na1,zoe\n', 'pairs.csv, line 2 (row 1), column "b": "zoe" is not in the roster'],
    ['a,b\na1,b1\nx,b1\n', 'pairs.csv, line 3 (row 2), column "a": "x" is not in the roster'],
    ['a,b\na1,a1\n', 'pairs.csv, line 2 (row 1), column "b": "a1" is paired with themself'],
    ['a,b,weight\na1,b1,-2\n', 'pairs.csv, line 2 (row 1), column "weight": "-2" is not a number above 0'],
    ['a,b,weight\na1,b1,heavy\n', 'column "weight": "heavy" is not a number above 0'],
    ['a,c\na1,b1\n', 'pairs.csv, line 1, column 2: unknown column "c" (expected a, b, weight)'],
    ['a\na1\n', 'pairs.csv, line 1: no "b" column'],
    ['', 'pairs.csv: the file is empty: expected a header row such as a,b,weight'],
  ])('refuses bad pairs with exit code 1: %j', async (pairs, message) => {
    const files = { 'roster.csv': ROSTER, 'pairs.csv': pairs };
    const result = await jigsaw(files, 'roster.csv', '--topics', '4', '--avoid', 'pairs.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('says when a file is missing, with exit code 1', async () => {
    const missing = join(tmpdir(), 'trellis-jigsaw-no-such-file.csv');
    let stderr = '';
    const code = await runJigsaw([missing, '--topics', '3'], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(1);
    expect(stderr).toBe(`trellis jigsaw: cannot open ${missing}: no such file\n`);
    const pairs = await jigsaw(
      { 'roster.csv': ROSTER },
      'roster.csv',
      '--topics',
      '3',
      '--avoid',
      'gone.csv',
    );
    expect(pairs.stderr).toBe('trellis jigsaw: cannot open gone.csv: no such file\n');
  });

  it.each([
    [[], 'missing --topics K'],
    [['--topics', '1'], '--topics "1": expected a whole number at least 2'],
    [['--topics', '2.5'], '--topics "2.5": expected a whole number at least 2'],
    [['--topics', 'four'], '--topics "four"'],
    [['--topics', '4', '--seed', '1.5'], '--seed "1.5": expected a whole number from 0 to 4294967295'],
    [['--topics', '4', '--seed=-3'], '--seed "-3"'],
    [['--topics', '4', '--seed', '4294967296'], '--seed "4294967296"'],
    [['--topics', '4', '--max-table', '1'], '--max-table "1": expected a whole number at least 2'],
    [['--topics', '4', 'extra.csv'], 'unexpected argument "extra.csv"'],
    [['--topics', '4', '--colour', 'red'], "Unknown option '--colour'"],
  ])('refuses a wrong command line with exit code 2: %j', async (args, message) => {
    const result = await jigsaw({ 'roster.csv': ROSTER }, 'roster.csv', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('refuses a missing roster argument with exit code 2', async () => {
    const result = await jigsaw({}, '--topics', '4');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing ROSTER.csv');
  });

  it('prints its usage', async () => {
    let stdout = '';
    expect(await runJigsaw(['--help'], { stdout: (text) => (stdout += text), stderr: () => {} })).toBe(0);
    expect(stdout).toContain('trellis jigsaw ROSTER.csv --topics K [--avoid PAIRS.csv] [--seed S]');
  });
});
