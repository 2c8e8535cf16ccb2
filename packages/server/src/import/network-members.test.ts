import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { memberships } from '../memberships/memberships.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildOrganisation, buildPerson } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';

describeOnEachEngine('adding members to a network from a CSV file', (open) => {
  const t = useTestApp(open);
  const cast = {} as Record<'coordinator' | 'facilitator' | 'member', { id: string; email: string }>;
  let codes = 0;

  beforeAll(async () => {
    for (const key of ['coordinator', 'facilitator', 'member'] as const) {
      const person = await buildPerson(t.db, { email: `csv-${key}@example.org`, account: true });
      cast[key] = { id: person.id, email: person.email! };
    }
  });

  /** A network with the cast in their roles, and three people and a school to add. */
  const scene = async () => {
    const network = await buildNetwork(t.db);
    const other = await buildNetwork(t.db);
    await addMember(t.db, network.id, { personId: cast.coordinator.id }, 'coordinator');
    await addMember(t.db, network.id, { personId: cast.facilitator.id }, 'facilitator');
    await addMember(t.db, network.id, { personId: cast.member.id }, 'member');
    const people = await Promise.all([1, 2, 3].map(() => buildPerson(t.db)));
    const school = await buildOrganisation(t.db, { nationalCode: `CSV${++codes}` });
    const current = async () =>
      t.db
        .select({ personId: memberships.personId, organisationId: memberships.organisationId })
        .from(memberships)
        .where(and(eq(memberships.networkId, network.id), isNull(memberships.endDate)));
    return {
      network,
      other,
      people: people.map((person) => ({ id: person.id, email: person.email! })),
      school,
      current,
      path: `/api/v1/networks/${network.slug}/memberships/import`,
    };
  };

  it('adds every row of a clean file, the network column left out', async () => {
    const { people, school, current, path } = await scene();
    const client = await t.client().signIn(cast.coordinator.email);
    const csv = [
      'person_email,organisation_code,role,start_date',
      `${people[0]!.email},,member,2026-09-01`,
      `${people[1]!.email},,evaluator,`,
      `,${school.nationalCode},member,`,
    ].join('\n');
    const response = await client.post(path, { csv });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ created: 3 });
    const now = await current();
    expect(now).toHaveLength(6);
    expect(now.map((row) => row.organisationId)).toContain(school.id);
  });

  it('refuses the whole file with every problem by row and column, and writes nothing', async () => {
    const { network, other, people, current, path } = await scene();
    const client = await t.client().signIn(cast.facilitator.email);
    const csv = [
      'network,person_email,role',
      `${network.slug},${people[0]!.email},member`,
      `${network.slug},nobody@example.org,member`,
      `${network.slug},${cast.member.email},member`,
      `${network.slug},${people[1]!.email},coordinator`,
      `${other.slug},${people[2]!.email},member`,
      `${network.slug},${people[2]!.email},captain`,
    ].join('\n');
    const response = await client.post(path, { csv });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    const rows = response.body.error.details.rows as { row: number; column: string }[];
    expect(rows.map(({ row, column }) => [row, column])).toEqual([
      [3, 'person_email'],
      [4, 'person_email'],
      [5, 'role'],
      [6, 'network'],
      [7, 'role'],
    ]);
    expect(rows[1]).toMatchObject({ message: 'Already a member of this network.' });
    expect(await current()).toHaveLength(3);
  });

  it('says so in Spanish, and refuses end dates, members and a file that is not CSV', async () => {
    const { people, current, path } = await scene();
    const client = await t.client().signIn(cast.coordinator.email);
    const refused = await client.request(
      'POST',
      path,
      { csv: `person_email,end_date\n${people[0]!.email},2026-01-01\n` },
      { 'accept-language': 'es' },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues[0].message).toContain('No se ha importado el archivo');
    expect(refused.body.error.details.rows[0]).toEqual({
      row: 1,
      column: 'end_date',
      message:
        'Un archivo de miembros nuevos no lleva fechas de fin; termina las pertenencias en la página de miembros.',
    });
    // Each row's problem in the reader's language, with its row and column: the cell's own check and the database's.
    const rows = await client.request(
      'POST',
      path,
      {
        csv: `person_email,role\nnobody@example.org,member\n${people[1]!.email},captain\nnot-an-email,member\n`,
      },
      { 'accept-language': 'es' },
    );
    expect(rows.body.error.details.rows).toEqual([
      {
        row: 2,
        column: 'person_email',
        message: 'Ninguna persona tiene este correo electrónico; importa primero a las personas.',
      },
      { row: 3, column: 'role', message: expect.stringMatching(/^Usa uno de estos valores: .*coordinator/) },
      { row: 4, column: 'person_email', message: 'No es una dirección de correo electrónico.' },
    ]);
    expect((await client.post(path, { csv: 'person_email\n"unclosed' })).status).toBe(400);
    expect((await client.post(path, { csv: '' })).status).toBe(400);
    expect((await client.post(path, { csv: 'display_name\nAna\n' })).status).toBe(400);
    const asMember = await t.client().signIn(cast.member.email);
    expect((await asMember.post(path, { csv: `person_email\n${people[1]!.email}\n` })).status).toBe(403);
    expect(await current()).toHaveLength(3);
  });
});
