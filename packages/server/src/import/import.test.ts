import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { buildNetwork } from '../test-support/factories.js';
import { ties } from '../ties/ties.table.js';
import { useTestApp } from '../test-support/test-app.js';
import { ImportError, ImportFailedError, importCsv, type ImportIssue } from './import.js';

const ORGANISATIONS = `name,kind,country,region,municipality,stages,sector,rural,disadvantaged,size_band,national_code
CEIP Los Almendros,school,ES,Valdemar,Alba,early_childhood;primary,public,true,false,s,47001001
IES Río Claro,school,ES,Valdemar,Alba,lower_secondary;upper_secondary,public,false,true,l,47001002
"Asociación de Familias ""El Roble""",family_association,ES,Valdemar,Alba,,,,,,
`;

const PEOPLE = `display_name,email,kinds,expertise,languages,organisation_code,affiliation_role,affiliation_start
Irene Campos,Irene.Campos@example.org,teacher;leader,reading;assessment,es;en,47001001,headteacher,2019-09-01
Tomás Vidal,tomas.vidal@example.org,teacher,maths,es,47001002,teacher,
Sara Núñez,,family_member,,es,,,
`;

const MEMBERSHIPS = `network,organisation_code,person_email,role,start_date,end_date
lectura-valdemar,47001001,,member,2026-09-01,
lectura-valdemar,,irene.campos@example.org,coordinator,2026-09-01,
lectura-valdemar,,tomas.vidal@example.org,,,
`;

/** Counts rows of every table an import can touch, to prove a refused file changed nothing. */
async function tableCounts(db: Database) {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from organisations) as organisations, (select count(*)::int from people) as people,
      (select count(*)::int from affiliations) as affiliations, (select count(*)::int from network_memberships) as memberships,
      (select count(*)::int from audit_log) as audit`,
  );
  return row;
}

/** An import issue as the command line prints it: in English. */
type EnglishIssue = Omit<ImportIssue, 'message'> & { message: string };

async function issuesOf(promise: Promise<unknown>): Promise<EnglishIssue[]> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).issues.map((issue) => {
    // Every problem is worded in both languages.
    expect(issue.message.es, issue.message.en).not.toBe(issue.message.en);
    return { ...issue, message: issue.message.en };
  });
}

describeOnEachEngine('CSV import', (open) => {
  const t = useTestApp(open);

  // Each test starts from an empty register holding one network, and imports what it reads.
  beforeEach(async () => {
    await t.db.execute(sql`truncate organisations, people, networks, audit_log cascade`);
    await buildNetwork(t.db, { slug: 'lectura-valdemar' });
  });

  /** The first test's organisations, people and memberships, for the tests that build on them. */
  async function importOrganisationsPeopleAndMemberships() {
    await importCsv(t.db, 'organisations', ORGANISATIONS);
    await importCsv(t.db, 'people', PEOPLE);
    await importCsv(t.db, 'memberships', MEMBERSHIPS);
  }

  it('imports organisations, people with affiliations, and memberships', async () => {
    expect(await importCsv(t.db, 'organisations', ORGANISATIONS)).toEqual({ created: 3, updated: 0 });
    expect(await importCsv(t.db, 'people', PEOPLE)).toEqual({ created: 3, updated: 0 });
    expect(await importCsv(t.db, 'memberships', MEMBERSHIPS)).toEqual({ created: 3, updated: 0 });

    const [irene] = await queryRows<{ email: string; kinds: string[]; organisation: string; role: string }>(
      t.db,
      sql`select p.email, p.kinds::text[] as kinds, o.name as organisation, a.role from people p
        join affiliations a on a.person_id = p.id join organisations o on o.id = a.organisation_id
        where p.display_name = 'Irene Campos'`,
    );
    expect(irene).toEqual({
      email: 'irene.campos@example.org',
      kinds: ['teacher', 'leader'],
      organisation: 'CEIP Los Almendros',
      role: 'headteacher',
    });
    const [family] = await queryRows<{ name: string }>(
      t.db,
      sql`select name from organisations where kind = 'family_association'`,
    );
    expect(family!.name).toBe('Asociación de Familias "El Roble"');
    const roles = await queryRows<{ role: string }>(
      t.db,
      sql`select role::text from network_memberships order by role`,
    );
    expect(roles.map((row) => row.role)).toEqual(['coordinator', 'member', 'member']);
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_log where action like 'import.%' order by id`,
    );
    expect(audit.map((row) => row.action)).toEqual([
      'import.organisations',
      'import.people',
      'import.memberships',
    ]);
  });

  it('updates rather than duplicates when the same keys come again', async () => {
    await importOrganisationsPeopleAndMemberships();
    const renamed = ORGANISATIONS.replace('CEIP Los Almendros', 'CEIP Los Almendros de Alba');
    expect(await importCsv(t.db, 'organisations', renamed)).toEqual({ created: 1, updated: 2 });
    expect(await importCsv(t.db, 'people', PEOPLE)).toEqual({ created: 1, updated: 2 });
    const [counts] = await queryRows<{ almendros: number; irene: number; affiliations: number }>(
      t.db,
      sql`select (select count(*)::int from organisations where name like 'CEIP Los Almendros%') as almendros,
        (select count(*)::int from people where email = 'irene.campos@example.org') as irene,
        (select count(*)::int from affiliations a join people p on p.id = a.person_id where p.email = 'irene.campos@example.org') as affiliations`,
    );
    expect(counts).toEqual({ almendros: 1, irene: 1, affiliations: 1 });
  });

  it('reports every bad cell with its row and column, and writes nothing', async () => {
    const before = await tableCounts(t.db);
    const file = `name,kind,country,region,municipality,stages,sector,rural,disadvantaged,size_band,national_code
CEIP Correcto,school,ES,Valdemar,Alba,primary,public,true,false,m,47009001
,school,ES,Valdemar,Alba,primary,public,true,false,m,47009002
IES Malo,castle,ES,Valdemar,Alba,primary;university,state,maybe,false,huge,47009003
CEIP Repetido,school,ES,Valdemar,Alba,primary,public,true,false,m,47009001
`;
    const issues = await issuesOf(importCsv(t.db, 'organisations', file));
    expect(issues).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'name', message: 'Required.' },
        expect.objectContaining({
          row: 4,
          column: 'kind',
          message: expect.stringContaining('Use one of: school, university'),
        }),
        expect.objectContaining({
          row: 4,
          column: 'stages',
          message: expect.stringContaining('Item 2 is not one of early_childhood'),
        }),
        expect.objectContaining({ row: 4, column: 'sector' }),
        { row: 4, column: 'rural', message: 'Use true or false (also yes/no, sí/no, 1/0).' },
        expect.objectContaining({ row: 4, column: 'size_band' }),
      ]),
    );
    expect(await tableCounts(t.db)).toEqual(before);

    const duplicate = await issuesOf(
      importCsv(
        t.db,
        'organisations',
        file
          .split('\n')
          .filter((_, index) => ![2, 3].includes(index))
          .join('\n'),
      ),
    );
    expect(duplicate).toEqual([
      { row: 3, column: 'national_code', message: 'The same national code as row 2.' },
    ]);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('checks references to organisations, people and networks before writing anything', async () => {
    await importOrganisationsPeopleAndMemberships();
    const before = await tableCounts(t.db);
    const people = `display_name,email,kinds,expertise,languages,organisation_code,affiliation_role,affiliation_start
Nueva Persona,nueva@example.org,teacher,,es,47001001,teacher,2026-09-01
Otra Persona,otra@example.org,teacher,,es,99999999,teacher,
Sin Rol,sinrol@example.org,teacher,,es,47001001,,
Mal Correo,not-an-email,teacher,,es,,,
Mala Fecha,fecha@example.org,teacher,,es,47001001,teacher,2026-02-30
`;
    // Cell problems and reference problems come together, in file order.
    expect(await issuesOf(importCsv(t.db, 'people', people))).toEqual([
      {
        row: 3,
        column: 'organisation_code',
        message: 'No organisation has this national code; import the organisations first.',
      },
      { row: 4, column: 'affiliation_role', message: 'Required when organisation_code is given.' },
      { row: 5, column: 'email', message: 'Not an email address.' },
      { row: 6, column: 'affiliation_start', message: 'Use a date as YYYY-MM-DD, e.g. 2026-09-01.' },
    ]);
    const memberships = `network,organisation_code,person_email,role,start_date,end_date
no-such-network,47001001,,member,,
lectura-valdemar,47001001,irene.campos@example.org,member,,
lectura-valdemar,,nobody@example.org,member,,
lectura-valdemar,47001002,,boss,2026-09-01,2026-01-01
`;
    expect(await issuesOf(importCsv(t.db, 'memberships', memberships))).toEqual([
      { row: 2, column: 'network', message: 'No network has this slug.' },
      {
        row: 3,
        column: 'organisation_code',
        message: 'Give exactly one of organisation_code and person_email.',
      },
      { row: 4, column: 'person_email', message: 'No person has this email; import the people first.' },
      { row: 5, column: 'role', message: expect.stringContaining('Use one of: coordinator') },
    ]);
    const fixedRole = memberships.replace(',boss,', ',member,');
    expect((await issuesOf(importCsv(t.db, 'memberships', fixedRole))).at(-1)).toEqual({
      row: 5,
      column: 'end_date',
      message: 'The end date cannot be before the start date.',
    });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('imports ties, replacing the network’s imported ties, and refuses a bad file whole', async () => {
    await importOrganisationsPeopleAndMemberships();
    const file = `network,from_email,to_email,to_outside_name,to_outside_organisation,relation,weight
lectura-valdemar,irene.campos@example.org,tomas.vidal@example.org,,,advice,3
lectura-valdemar,tomas.vidal@example.org,,Marta Ruiz,Universidad de Valdemar,collaboration,
`;
    expect(await importCsv(t.db, 'ties', file)).toEqual({ created: 2, updated: 0 });
    const imported = await t.db.select().from(ties);
    expect(imported.map((tie) => [tie.relation, tie.weight, tie.toOutsideName, tie.source]).sort()).toEqual([
      ['advice', 3, null, 'import'],
      ['collaboration', 1, 'Marta Ruiz', 'import'],
    ]);
    expect(await importCsv(t.db, 'ties', file)).toEqual({ created: 0, updated: 2 });

    const bad = `network,from_email,to_email,to_outside_name,to_outside_organisation,relation,weight
lectura-valdemar,irene.campos@example.org,irene.campos@example.org,,,advice,1
lectura-valdemar,nobody@example.org,,Ana,,advice,1
lectura-valdemar,irene.campos@example.org,tomas.vidal@example.org,Ana,,advice,1
lectura-valdemar,irene.campos@example.org,tomas.vidal@example.org,,,gossip,0
`;
    expect(await issuesOf(importCsv(t.db, 'ties', bad))).toEqual([
      { row: 2, column: 'to_email', message: 'A tie joins two different people.' },
      { row: 3, column: 'from_email', message: 'No person has this email; import the people first.' },
      { row: 4, column: 'to_email', message: 'Give exactly one of to_email and to_outside_name.' },
      { row: 5, column: 'relation', message: expect.stringContaining('Use one of: advice') },
      { row: 5, column: 'weight', message: 'Must be more than 0.' },
    ]);
    expect(await t.db.select().from(ties)).toHaveLength(2);
  });

  it('rejects malformed files with the line that broke', async () => {
    const before = await tableCounts(t.db);
    const header =
      'name,kind,country,region,municipality,stages,sector,rural,disadvantaged,size_band,national_code';
    const cases: [string, Partial<EnglishIssue>][] = [
      [
        `${header}\nCEIP A,school,ES,Valdemar,Alba,primary,public,true,false,m,1\nCEIP B,school\n`,
        { row: 3 },
      ],
      [`${header}\nCEIP "A,school,ES,Valdemar,Alba,primary,public,true,false,m,1\n`, { row: 2 }],
      [`${header}\n"CEIP A,school,ES,Valdemar,Alba,primary,public,true,false,m,1\n`, { row: 2 }],
      ['', { row: 1, message: 'The file is empty; it needs a header row and data rows.' }],
      [`${header}\n`, { row: 2, message: 'The file has a header but no rows.' }],
      [`name,kind,municipalty\nCEIP A,school,Alba\n`, { row: 1, column: 'municipalty' }],
      [`name,country\nCEIP A,ES\n`, { row: 1, column: 'kind', message: 'This required column is missing.' }],
      [`name,kind,name\nA,school,B\n`, { row: 1, column: 'name', message: 'This column appears twice.' }],
    ];
    for (const [file, expected] of cases) {
      const issues = await issuesOf(importCsv(t.db, 'organisations', file));
      expect(issues[0], file).toMatchObject(expected);
    }
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('accepts a byte-order mark, CRLF line ends, columns in any order and left out', async () => {
    const file = '\uFEFFkind,name,national_code\r\nuniversity,Universidad de Alba,47009100\r\n';
    expect(await importCsv(t.db, 'organisations', file)).toEqual({ created: 1, updated: 0 });
  });
  it('reports every row of the wrong width, and counts lines as an editor does across quoted line breaks', async () => {
    const before = await tableCounts(t.db);
    const file = [
      'name,kind,municipality,national_code',
      '"CEIP Dos',
      'Líneas",school,Alba,47009201',
      'CEIP Corto,school',
      '',
      'CEIP Largo,school,Alba,47009203,extra',
      'CEIP Bien,school,Alba,47009204',
    ].join('\n');
    expect(await issuesOf(importCsv(t.db, 'organisations', file))).toEqual([
      { row: 4, message: 'This row has 2 cells; the header has 4. Quote cells that contain commas.' },
      { row: 6, message: 'This row has 5 cells; the header has 4. Quote cells that contain commas.' },
    ]);
    const unclosed = await issuesOf(
      importCsv(
        t.db,
        'organisations',
        `${file.split('\n').slice(0, 3).join('\n')}\n\n"CEIP Roto,school,Alba,1\nCEIP Z,school,Alba,2\n`,
      ),
    );
    expect(unclosed).toEqual([
      { row: 5, column: 'name', message: expect.stringContaining('a quoted cell is never closed') },
    ]);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('reports header and cell problems together, and refuses school facts on other organisations and bad language codes', async () => {
    const organisations = `name,kind,sector,municipalty
Fundación Alba,ngo,public,Alba
,school,,Alba
`;
    expect(await issuesOf(importCsv(t.db, 'organisations', organisations))).toEqual([
      { row: 1, column: 'municipalty', message: expect.stringContaining('Unknown column') },
      { row: 2, column: 'sector', message: 'Only schools have a sector; leave it empty for a ngo.' },
      { row: 3, column: 'name', message: 'Required.' },
    ]);
    const people = `display_name,email,languages
Ana Ruiz,ana.ruiz@example.org,es;English
`;
    expect(await issuesOf(importCsv(t.db, 'people', people))).toEqual([
      {
        row: 2,
        column: 'languages',
        message: 'Item 2 is not a language code; use two-letter codes such as es;en;ca.',
      },
    ]);
  });

  it('leaves the columns a file leaves out as they were when it updates', async () => {
    await importCsv(
      t.db,
      'organisations',
      'name,kind,sector,size_band,national_code\nCEIP Parcial,school,public,m,47009300\n',
    );
    expect(
      await importCsv(
        t.db,
        'organisations',
        'national_code,name,kind\n47009300,CEIP Parcial Renombrado,school\n',
      ),
    ).toEqual({ created: 0, updated: 1 });
    const [row] = await queryRows<{ name: string; sector: string; size_band: string }>(
      t.db,
      sql`select name, sector::text, size_band::text from organisations where national_code = '47009300'`,
    );
    expect(row).toEqual({ name: 'CEIP Parcial Renombrado', sector: 'public', size_band: 'm' });

    await importCsv(
      t.db,
      'people',
      'display_name,email,kinds,languages,organisation_code,affiliation_role\nPía Sanz,pia@example.org,teacher,es,47009300,teacher\n',
    );
    const change =
      'display_name,email,kinds,organisation_code,affiliation_role\nPía Sanz Gil,PIA@example.org,teacher;leader,47009300,headteacher\n';
    expect(await importCsv(t.db, 'people', change)).toEqual({ created: 0, updated: 1 });
    const [pia] = await queryRows<{
      name: string;
      kinds: string[];
      languages: string[];
      role: string;
      affiliations: number;
    }>(
      t.db,
      sql`select p.display_name as name, p.kinds::text[] as kinds, p.languages, a.role,
        (select count(*)::int from affiliations x where x.person_id = p.id) as affiliations
        from people p join affiliations a on a.person_id = p.id where p.email = 'pia@example.org'`,
    );
    expect(pia).toEqual({
      name: 'Pía Sanz Gil',
      kinds: ['teacher', 'leader'],
      languages: ['es'],
      role: 'headteacher',
      affiliations: 1,
    });
  });

  it('imports needs like expertise, in either language, leaves them as they were when the column is left out, and caps them at ten', async () => {
    const header = 'display_name,email,expertise,needs';
    await importCsv(
      t.db,
      'people',
      `${header}\nNoa Prieto,noa@example.org,Lectura,tránsito primaria-secundaria; Evaluación ;Huerto escolar;huerto ESCOLAR\n`,
    );
    const needsOf = async () =>
      (
        await queryRows<{ needs: string[] }>(
          t.db,
          sql`select needs from people where email = 'noa@example.org'`,
        )
      )[0]?.needs;
    expect(await needsOf()).toEqual(['transitions', 'assessment', 'Huerto escolar']);
    expect(await queryRows(t.db, sql`select expertise from people where email = 'noa@example.org'`)).toEqual([
      { expertise: ['reading'] },
    ]);
    await importCsv(
      t.db,
      'people',
      'display_name,email,expertise\nNoa Prieto,noa@example.org,reading;maths\n',
    );
    expect(await needsOf()).toEqual(['transitions', 'assessment', 'Huerto escolar']);

    const eleven = Array.from({ length: 11 }, (_, index) => `need ${index}`).join(';');
    expect(
      await issuesOf(importCsv(t.db, 'people', `${header}\nNoa Prieto,noa@example.org,,${eleven}\n`)),
    ).toEqual([{ row: 2, column: 'needs', message: 'At most 10 items.' }]);
    expect(await needsOf()).toEqual(['transitions', 'assessment', 'Huerto escolar']);
  });

  it('re-imports memberships with their history without duplicating them', async () => {
    await importOrganisationsPeopleAndMemberships();
    const file = `network,person_email,role,start_date,end_date
lectura-valdemar,tomas.vidal@example.org,member,2020-09-01,2022-06-30
lectura-valdemar,tomas.vidal@example.org,facilitator,2024-09-01,
`;
    const countTomas = async () =>
      (
        await queryRows<{ count: number }>(
          t.db,
          sql`select count(*)::int as count from network_memberships m join people p on p.id = m.person_id where p.email = 'tomas.vidal@example.org'`,
        )
      )[0]!.count;
    const before = await countTomas();
    const first = await importCsv(t.db, 'memberships', file);
    expect(first.created + first.updated).toBe(2);
    const after = await countTomas();
    expect(await importCsv(t.db, 'memberships', file)).toEqual({ created: 0, updated: 2 });
    expect(await countTomas()).toBe(after);
    expect(after - before).toBeLessThanOrEqual(2);
    const roles = await queryRows<{ role: string; end_date: string | null }>(
      t.db,
      sql`select m.role::text, m.end_date::text from network_memberships m join people p on p.id = m.person_id
        where p.email = 'tomas.vidal@example.org' order by m.start_date`,
    );
    expect(roles).toEqual([
      { role: 'member', end_date: '2022-06-30' },
      { role: 'facilitator', end_date: null },
    ]);
  });
});

/** Everything an error would show if it were printed or logged, its causes and hidden fields included. */
const everything = (error: unknown) => inspect(error, { depth: null, showHidden: true });

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the import should have been refused'),
    (caught: unknown) => caught,
  );
}

describeOnEachEngine('CSV import of hostile and mis-encoded files', (open) => {
  const t = useTestApp(open);
  const text = 'display_name,email\nJosé Muñoz,jose.munoz@example.org\n';
  const utf16le = (value: string) => Buffer.from(value, 'utf16le');
  const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16();

  it('refuses a Latin-1 file, naming the encoding and the line, and writes nothing', async () => {
    const before = await tableCounts(t.db);
    const issues = await issuesOf(importCsv(t.db, 'people', Buffer.from(text, 'latin1')));
    expect(issues).toEqual([
      { row: 2, message: expect.stringContaining('Windows-1252 or ISO-8859-1 (Latin-1)') },
    ]);
    expect(issues[0]!.message).toContain('byte 0xE9');
    expect(issues[0]!.message).toContain('CSV UTF-8');
    expect(issues[0]!.message).not.toContain('Mu');
    // Curly quotes and the en dash live in 0x80–0x9F, which only Windows-1252 uses for text.
    const windows = Buffer.from([...Buffer.from('display_name\nAna '), 0x93, 0x41, 0x94, 0x20, 0x96, 0x0a]);
    expect((await issuesOf(importCsv(t.db, 'people', windows)))[0]!.message).toContain(
      'most likely Windows-1252,',
    );
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('refuses UTF-16 and UTF-32, with a byte-order mark or without, naming the encoding', async () => {
    const before = await tableCounts(t.db);
    const cases: [Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]), 'UTF-16 (little-endian)'],
      [utf16le(text), 'UTF-16 (little-endian)'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'UTF-16 (big-endian)'],
      [utf16be(text), 'UTF-16 (big-endian)'],
      [
        Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('d\0\0\0i\0\0\0')]),
        'UTF-32 (little-endian)',
      ],
    ];
    for (const [bytes, encoding] of cases) {
      const issues = await issuesOf(importCsv(t.db, 'people', bytes));
      expect(issues, encoding).toEqual([
        {
          message: expect.stringContaining(
            `The file ${bytes[0] === 0xff || bytes[0] === 0xfe ? 'is' : 'looks like'} ${encoding}`,
          ),
        },
      ]);
      expect(issues[0]!.message).toContain('CSV UTF-8');
    }
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('accepts UTF-8 bytes with a byte-order mark or without', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(await importCsv(t.db, 'people', withBom)).toEqual({ created: 1, updated: 0 });
    expect(
      await importCsv(t.db, 'people', Buffer.from(text.replace('José Muñoz', 'José Muñoz Gil'))),
    ).toEqual({ created: 0, updated: 1 });
    const [jose] = await queryRows<{ name: string }>(
      t.db,
      sql`select display_name as name from people where email = 'jose.munoz@example.org'`,
    );
    expect(jose!.name).toBe('José Muñoz Gil');
  });

  it('refuses a NUL byte or a lone surrogate as that cell’s problem, quoting no cell of the file', async () => {
    const before = await tableCounts(t.db);
    const file = Buffer.from(
      'display_name,email,expertise\nMarkerAlba Ruiz,marker.alba@example.org,reading\nMarkerBruno Gil,marker.bruno@example.org,maths\0\nMarkerCarla Paz,marker.carla@example.org,art\n',
    );
    const error = await errorOf(importCsv(t.db, 'people', file));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues).toEqual([
      {
        row: 3,
        column: 'expertise',
        message: {
          en: expect.stringContaining('NUL character'),
          es: expect.stringContaining('carácter NUL'),
        },
      },
    ]);
    expect(everything(error)).not.toMatch(/marker/i);

    const surrogate = 'display_name,email\nMarkerDario \uD800Sol,marker.dario@example.org\n';
    expect(await issuesOf(importCsv(t.db, 'people', surrogate))).toEqual([
      { row: 2, message: expect.stringContaining('This line holds half of a UTF-16 character pair') },
    ]);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('never quotes a cell in its messages, whatever is wrong with it', async () => {
    const organisations = [
      'name,kind,stages,sector,rural,size_band,national_code',
      'MarkerOne,MarkerKind,primary;MarkerStage,MarkerSector,MarkerRural,MarkerSize,MarkerCode',
      'MarkerTwo,ngo,,public,,,',
      `"${'MarkerLong'.repeat(30)}",school,,,,,`,
    ].join('\n');
    const people =
      'display_name,email,languages,organisation_code,affiliation_role\nMarkerThree,Marker@Marker,es;MarkerLanguage,MarkerCode,teacher\n';
    const memberships = 'network,person_email,role\nmarker-network,marker@example.org,MarkerRole\n';
    const ties =
      'network,from_email,to_email,relation\nmarker-network,marker@example.org,other.marker@example.org,MarkerRelation\n';
    const noHeader = 'MarkerFour Ruiz,marker.four@example.org\nMarkerFive Gil,marker.five@example.org\n';
    const brokenQuote = 'display_name,email\nMarkerSix "Quoted,marker@example.org\n"MarkerSeven"x,y\n';
    const files = [
      ['organisations', organisations],
      ['people', people],
      ['memberships', memberships],
      ['ties', ties],
      ['people', noHeader],
      ['people', brokenQuote],
    ] as const;
    for (const [kind, file] of files) {
      const error = await errorOf(importCsv(t.db, kind, file));
      expect(error, file).toBeInstanceOf(ImportError);
      expect((error as ImportError).issues.length, file).toBeGreaterThan(0);
      expect(everything(error), file).not.toMatch(/marker/i);
    }
  });

  it('turns a database failure into an error without the file’s data, and writes nothing', async () => {
    const before = await tableCounts(t.db);
    // A real refusal by the database, after every check of the importer has passed.
    await t.db.execute(
      sql`alter table people add constraint import_test_refuses check (display_name <> 'MarkerRefused Name')`,
    );
    try {
      const file =
        'display_name,email\nMarkerAna Sol,marker.ana@example.org\nMarkerRefused Name,marker.refused@example.org\n';
      const error = await errorOf(importCsv(t.db, 'people', Buffer.from(file)));
      expect(error).toBeInstanceOf(ImportFailedError);
      expect((error as Error).message).toContain('PostgreSQL error 23514');
      expect((error as Error).message).toContain('constraint "import_test_refuses"');
      expect((error as Error).message).toContain('nothing was written');
      expect(everything(error)).not.toMatch(/marker/i);
      expect(await tableCounts(t.db)).toEqual(before);
    } finally {
      await t.db.execute(sql`alter table people drop constraint import_test_refuses`);
    }
  });
});

describeOnEachEngine('the CSV examples in docs/import.md', (open) => {
  const t = useTestApp(open);

  it('import as documented, and again without duplicates', async () => {
    await buildNetwork(t.db, { slug: 'lectura-compartida' });
    const docs = readFileSync(new URL('../../../../docs/import.md', import.meta.url), 'utf8');
    const examples = [...docs.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(examples).toHaveLength(5);
    const kinds = ['organisations', 'people', 'memberships', 'ties', 'resources'] as const;
    const counts = [2, 1, 3, 2, 2];
    for (const [index, kind] of kinds.entries()) {
      expect(await importCsv(t.db, kind, examples[index]!)).toEqual({ created: counts[index], updated: 0 });
    }
    expect(await importCsv(t.db, 'people', examples[1]!)).toEqual({ created: 0, updated: 1 });
    expect(await importCsv(t.db, 'memberships', examples[2]!)).toEqual({ created: 0, updated: 3 });
    expect(await importCsv(t.db, 'ties', examples[3]!)).toEqual({ created: 0, updated: 2 });
    expect(await t.db.select().from(ties)).toHaveLength(2);
    // The organisation without a national code has no key, so importing it again adds it again.
    expect(await importCsv(t.db, 'organisations', examples[0]!)).toEqual({ created: 1, updated: 1 });
  });
});
