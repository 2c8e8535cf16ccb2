import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from './run.js';

/** Runs a command in-process with captured output and an embedded database in a temporary folder. */
function makeRunner(dataDir: string) {
  return async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCommand(argv, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: { TRELLIS_DATA_DIR: dataDir },
    });
    return { code, stdout, stderr };
  };
}

describe('trellis', () => {
  let folder: string;
  let trellis: ReturnType<typeof makeRunner>;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'trellis-cli-'));
    trellis = makeRunner(join(folder, 'data'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints help, and refuses unknown commands with exit code 2', async () => {
    const help = await trellis('help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('trellis <command>');
    const unknown = await trellis('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('imports a CSV file, and rejects a bad one whole with row and column', async () => {
    const good = join(folder, 'organisations.csv');
    await writeFile(
      good,
      'name,kind,country,region,municipality,stages,sector,rural,disadvantaged,size_band,national_code\n' +
        'CEIP Las Eras,school,ES,Valdemar,Alba,primary,public,true,false,m,99000001\n',
    );
    const imported = await trellis('import', 'organisations', good);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 created');

    const bad = join(folder, 'bad.csv');
    await writeFile(
      bad,
      'name,kind,country,region,municipality,stages,sector,rural,disadvantaged,size_band,national_code\n' +
        'CEIP Nueva,school,ES,Valdemar,Alba,primary,public,true,false,m,99000002\n' +
        'IES Otra,castle,ES,Valdemar,Alba,,public,maybe,false,m,99000003\n',
    );
    const rejected = await trellis('import', 'organisations', bad);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('nothing was written');
    expect(rejected.stderr).toMatch(/row 3, column "kind"/);
    expect(rejected.stderr).toMatch(/row 3, column "rural"/);
    const again = await trellis('import', 'organisations', good);
    expect(again.stdout).toContain('0 created, 1 updated');
  });

  it('explains usage mistakes and unreadable files', async () => {
    expect((await trellis('import')).code).toBe(2);
    const wrongKind = await trellis('import', 'castles', 'x.csv');
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain('choose one of organisations, people, memberships');
    const missing = await trellis('import', 'people', join(folder, 'missing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ENOENT');
  });

  it('refuses to overwrite data with the demo region unless forced', async () => {
    const refused = await trellis('demo');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
  });
});
