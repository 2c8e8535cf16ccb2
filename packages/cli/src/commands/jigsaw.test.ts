import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder, trellis } from '../test-support/trellis.js';

describe('trellis jigsaw', () => {
  const folder = temporaryFolder('trellis-jigsaw-');

  it('forms the groups of a roster file, keeping an avoided pair apart', async () => {
    // Six people of three schools on 3 topics: two home groups, one of each school in each.
    const roster = join(folder(), 'roster.csv');
    const pairs = join(folder(), 'pairs.csv');
    await writeFile(roster, 'person,organisation\nana,A\nbea,A\ncid,B\ndan,B\neli,C\nfe,C\n');
    await writeFile(pairs, 'a,b\nana,cid\n');
    const result = await trellis('jigsaw', roster, '--topics', '3', '--avoid', pairs, '--seed', '9');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.homeGroups).toHaveLength(2);
    const groupOf = (id: string) => json.homeGroups.findIndex((members: string[]) => members.includes(id));
    expect(groupOf('ana')).not.toBe(groupOf('bea'));
    expect(groupOf('ana')).not.toBe(groupOf('cid'));
    expect(json.mixing.home.fullyMixedShare).toBe(1);
    expect(json.mixing.expert.avoidedPairsMet).toBe(0);
  });

  it('names the line of bad data (exit 1) and refuses a wrong --topics (exit 2)', async () => {
    const roster = join(folder(), 'twice.csv');
    await writeFile(roster, 'person,organisation\nana,A\nana,B\n');
    const bad = await trellis('jigsaw', roster, '--topics', '2');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      `trellis jigsaw: ${roster}, line 3 (row 2), column "person": "ana" is already on line 2\n`,
    );
    const topics = await trellis('jigsaw', roster, '--topics', '1');
    expect(topics.code).toBe(2);
    expect(topics.stderr).toContain('--topics "1": expected a whole number at least 2');
  });

  it('is listed in the help', async () => {
    expect((await trellis('help')).stdout).toContain(
      'jigsaw ROSTER.csv --topics K [--avoid PAIRS.csv] [--seed S]',
    );
  });
});
