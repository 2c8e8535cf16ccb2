/** The built `trellis-sna` bin, run as a user would: a real process, real files, real exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
};
const BIN = join(PACKAGE, packageJson.bin['trellis-sna'] ?? 'missing');
const directory = mkdtempSync(join(tmpdir(), 'trellis-sna-bin-'));

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', PACKAGE], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: directory });

describe('trellis-sna bin', () => {
  it('computes metrics for a CSV file', () => {
    writeFileSync(join(directory, 'g.csv'), 'source,target\r\n"Ana, T.",Ben\r\nBen,Cai\r\n');
    const result = run('metrics', 'g.csv');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { nodes: { id: string; degree: number }[] };
    expect(doc.nodes.map((n) => [n.id, n.degree])).toEqual([
      ['Ana, T.', 1],
      ['Ben', 2],
      ['Cai', 1],
    ]);
  });

  it('converts files and fails with a message and non-zero code on a bad one', () => {
    writeFileSync(join(directory, 'g.edgelist'), 'a b\nb c 2\n');
    expect(run('convert', 'g.edgelist', 'g.graphml').status).toBe(0);
    expect(readFileSync(join(directory, 'g.graphml'), 'utf8')).toContain('<edge source="b" target="c"');
    writeFileSync(join(directory, 'bad.edgelist'), 'a b\nb c two\n');
    const bad = run('metrics', 'bad.edgelist');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 2, column 5/);
    const usage = run('metrics');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/exactly one FILE/);
  });
});
