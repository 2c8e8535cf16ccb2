import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@trellis/server';
import { sql } from 'drizzle-orm';
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

  it('exports a network’s ties as GraphML, GEXF or CSV, with names, and explains bad requests', async () => {
    const connection = await openDatabase({ dataDir: join(folder, 'data') });
    await connection.db.execute(
      sql`insert into networks (slug, name, kind, level, approach) values ('red-export', 'Red Export', 'pln', 2, 'enabled')`,
    );
    await connection.close();
    const people = join(folder, 'people.csv');
    await writeFile(people, 'display_name,email\nRosa Prieto,rosa@example.org\nJuan Gil,juan@example.org\n');
    const ties = join(folder, 'ties.csv');
    await writeFile(ties, 'network,from_email,to_email,to_outside_name,relation,weight\nred-export,rosa@example.org,juan@example.org,,advice,2\nred-export,juan@example.org,,Eva Sanz,trust,\n');
    expect((await trellis('import', 'people', people)).code).toBe(0);
    expect((await trellis('import', 'ties', ties)).code).toBe(0);

    const out = join(folder, 'red.graphml');
    const exported = await trellis('export', 'network', 'red-export', '--format', 'graphml', '--out', out);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const graphml = await readFile(out, 'utf8');
    expect(graphml).toContain('edgedefault="directed"');
    expect(graphml).toContain('Rosa Prieto');
    expect(graphml).toContain('Eva Sanz');
    expect(graphml.match(/<edge /g)).toHaveLength(2);
    const csv = join(folder, 'red.csv');
    expect((await trellis('export', 'network', 'red-export', '--format', 'csv', '--table', 'nodes', '--out', csv)).code).toBe(0);
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe('id,kind,in_network,label');

    const missing = await trellis('export', 'network', 'no-such-network', '--out', out);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no network has the slug or id "no-such-network"') });
    expect((await trellis('export', 'network', 'red-export', '--format', 'pdf', '--out', out)).code).toBe(2);
    expect((await trellis('export', 'network', 'red-export', '--wave', 'last', '--out', out)).code).toBe(2);
    expect((await trellis('export', 'network', 'red-export')).code).toBe(2);
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
