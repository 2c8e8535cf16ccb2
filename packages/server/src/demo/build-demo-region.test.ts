import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { verifyPassword } from '../accounts/passwords.js';
import { queryRows } from '../db/database.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { useTestApp } from '../test-support/test-app.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import type { Database } from '../db/database.js';
import { eligibleRespondents } from '../memberships/memberships.queries.js';
import {
  buildDemoRegion,
  CLEARED_TABLES,
  clearAllData,
  generateDemoRegion,
  isDatabaseEmpty,
} from './build-demo-region.js';
import { eligiblePeople } from './surveys.js';
import { adaptationRefusalOf } from '../resources/licences.js';
import { adoptionsAlongTies } from '../practices/practices.queries.js';
import { RESOURCE_LICENCES, RESOURCE_TYPES } from '../shared/vocabulary.js';
import { TOPICS } from '../shared/topics.js';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

it('generates the same region from the same seed, and another from another seed', () => {
  const first = generateDemoRegion({ scale: 0.1 });
  const second = generateDemoRegion({ scale: 0.1 });
  expect(digest(second.rows)).toBe(digest(first.rows));
  expect(digest(generateDemoRegion({ scale: 0.1, seed: 7 }).rows)).not.toBe(digest(first.rows));
});

it('has the documented size at full scale', () => {
  const { rows, schools } = generateDemoRegion();
  expect(schools.length).toBeGreaterThanOrEqual(680);
  expect(schools.length).toBeLessThanOrEqual(720);
  expect(rows.organisations.length - schools.length).toBe(40);
  expect(rows.people.length).toBeGreaterThan(18_000);
  expect(rows.people.length).toBeLessThan(22_000);
  expect(rows.networks).toHaveLength(13);
  const schoolIds = new Set(schools.map((school) => school.row.id));
  const schoolMemberships = rows.memberships.filter(
    (membership) => membership.organisationId && schoolIds.has(membership.organisationId),
  );
  const schoolsInNetworks = new Set(schoolMemberships.map((membership) => membership.organisationId));
  const outside = 1 - schoolsInNetworks.size / schools.length;
  expect(outside).toBeGreaterThan(0.1);
  expect(outside).toBeLessThan(0.2);
  expect(schoolMemberships.length).toBeGreaterThan(schoolsInNetworks.size); // some schools are in two networks
  expect(schoolMemberships.length).toBeGreaterThan(650);
  expect(schoolMemberships.length).toBeLessThan(750);
  expect(new Set(rows.networks.map((network) => network.visibility))).toEqual(new Set(['public', 'members']));
  expect(new Set(rows.networks.map((network) => network.level))).toEqual(new Set([1, 2, 3, 4, 5]));
});

it('has a knowledge bank of every type in both languages, chains the licences allow, and travelling practices', () => {
  const { rows, people } = generateDemoRegion();
  expect(rows.resources.length).toBeGreaterThan(360);
  expect(rows.resources.length).toBeLessThanOrEqual(400);
  const spanish = rows.resources.filter((resource) => resource.language === 'es').length;
  expect(spanish / rows.resources.length).toBeGreaterThan(0.45);
  expect(spanish / rows.resources.length).toBeLessThan(0.55);
  for (const language of ['es', 'en'] as const)
    expect(new Set(rows.resources.filter((r) => r.language === language).map((r) => r.type))).toEqual(
      new Set(RESOURCE_TYPES),
    );
  expect(new Set(rows.resources.map((resource) => resource.licence))).toEqual(new Set(RESOURCE_LICENCES));
  expect(new Set(rows.resources.map((resource) => resource.visibility))).toEqual(
    new Set(['draft', 'network', 'public']),
  );
  const topicKeys = new Set(TOPICS.map((topic) => topic.key));
  expect(rows.resources.flatMap((resource) => resource.tags ?? []).every((tag) => topicKeys.has(tag))).toBe(
    true,
  );
  expect(rows.resources.some((resource) => /lorem/i.test(`${resource.title} ${resource.body}`))).toBe(false);
  // Authors are real people of the organisation credited, and every resource has its first version.
  const personById = new Map(people.map((person) => [person.row.id, person]));
  const byId = new Map(rows.resources.map((resource) => [resource.id, resource]));
  for (const author of rows.resourceAuthors)
    expect(personById.get(author.personId)!.organisation.row.id).toBe(
      byId.get(author.resourceId)!.organisationId,
    );
  const firstVersions = new Set(
    rows.resourceVersions.filter((v) => v.version === 1).map((v) => v.resourceId),
  );
  expect(firstVersions.size).toBe(rows.resources.length);
  // Adaptation chains of 2–4 generations, each step allowed by the licence rules.
  const depth = (id: string): number => {
    const parent = byId.get(id)!.basedOnId;
    return parent ? 1 + depth(parent) : 1;
  };
  const adapted = rows.resources.filter((resource) => resource.basedOnId);
  expect(adapted.length).toBeGreaterThan(30);
  for (const resource of adapted) {
    const parent = byId.get(resource.basedOnId!)!;
    expect(rows.resources.indexOf(parent)).toBeLessThan(rows.resources.indexOf(resource));
    expect(adaptationRefusalOf(parent.licence, resource.licence)).toBeNull();
  }
  const depths = adapted.map((resource) => depth(resource.id));
  expect(Math.max(...depths)).toBe(4);
  expect(Math.min(...depths)).toBe(2);
  // Practices with 2–6 evidence items in every direction, and adoption trees.
  expect(rows.practices).toHaveLength(40);
  const evidence = new Map<string, number>();
  for (const item of rows.evidenceItems)
    evidence.set(item.practiceId, (evidence.get(item.practiceId) ?? 0) + 1);
  expect([...evidence.values()].every((count) => count >= 2 && count <= 6)).toBe(true);
  expect(evidence.size).toBe(40);
  expect(new Set(rows.evidenceItems.map((item) => item.direction))).toEqual(
    new Set(['supports', 'contrasts', 'mixed']),
  );
  expect(rows.adoptions.length).toBeGreaterThan(150);
  expect(rows.collections.length).toBeGreaterThanOrEqual(
    2 * new Set(rows.collections.map((c) => c.networkId)).size,
  );
});

it('refuses a scale outside (0, 1]', () => {
  expect(() => generateDemoRegion({ scale: 0 })).toThrow(/scale/);
  expect(() => generateDemoRegion({ scale: 2 })).toThrow(/scale/);
});

/**
 * Tables whose rows Trellis's own code writes during the build (closing a wave makes ties and
 * queues analyses), with ids the database draws: their content is digested without the id.
 */
const DATABASE_DRAWN_IDS = new Set(['ties', 'analyses']);

/**
 * A digest of every row of every domain table, aside from timestamps (they record when the build
 * ran), password hashes (argon2 salts each hash at random; the sign-in test checks them), the
 * analyses' anonymity keys (secrets, random by design) and ids the database draws.
 */
async function databaseDigest(db: Database): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of CLEARED_TABLES) {
    const drawnId = DATABASE_DRAWN_IDS.has(table) ? sql` - 'id'` : sql``;
    const [row] = await queryRows<{ digest: string | null; count: number }>(
      db,
      sql`select md5(string_agg(r.value, '|' order by r.value)) as digest, count(*)::int as count
        from (select (to_jsonb(t) - 'created_at' - 'updated_at' - 'requested_at' - 'computed_at' - 'password_hash' - 'anonymity_key'${drawnId})::text as value
          from ${sql.identifier(table)} t) r`,
    );
    digests[table] = `${row!.count}:${row!.digest ?? ''}`;
  }
  return digests;
}

describeOnEachEngine('the demo region in a database', (open) => {
  const t = useTestApp(open);

  it('writes identical rows, ids included, into two fresh databases', async () => {
    const digests = [];
    for (let build = 0; build < 2; build++) {
      const connection = await open();
      try {
        await buildDemoRegion(connection.db, { scale: 0.05 });
        digests.push(await databaseDigest(connection.db));
      } finally {
        await connection.close();
      }
    }
    expect(digests[0]!.people).toMatch(/^\d{4}:/);
    expect(digests[0]!.ties).toMatch(/^\d{4,}:/);
    expect(digests[1]).toEqual(digests[0]);
  });

  // The tests below read one region, built here into the file's empty database; the test that
  // clears data builds a region of its own, so the order of the tests does not matter.
  let built: Awaited<ReturnType<typeof buildDemoRegion>>;
  let emptyBefore: boolean;
  beforeAll(async () => {
    emptyBefore = await isDatabaseEmpty(t.db);
    built = await buildDemoRegion(t.db, { scale: 0.05 });
  });

  it('builds into an empty database with a coordinator in every network and working demo sign-ins', async () => {
    expect(emptyBefore).toBe(true);
    expect(built.counts.networks).toBe(13);
    expect(await isDatabaseEmpty(t.db)).toBe(false);

    const withoutCoordinator = await queryRows<{ slug: string }>(
      t.db,
      sql`select slug from networks n where not exists (select 1 from network_memberships m
        where m.network_id = n.id and m.role = 'coordinator' and m.person_id is not null)`,
    );
    expect(withoutCoordinator).toEqual([]);
    const children = await queryRows<{ count: number }>(
      t.db,
      sql`select count(*)::int as count from network_parents`,
    );
    expect(children[0]!.count).toBe(11);

    const accounts = await queryRows<{ email: string; hash: string; admin: boolean }>(
      t.db,
      sql`select p.email, a.password_hash as hash, a.is_admin as admin from accounts a join people p on p.id = a.person_id order by p.email`,
    );
    expect(accounts.map((account) => account.email).sort()).toEqual(
      DEMO_ACCOUNTS.map((account) => account.email).sort(),
    );
    expect(await verifyPassword(accounts[0]!.hash, DEMO_PASSWORD)).toBe(true);
    expect(accounts.filter((account) => account.admin).map((account) => account.email)).toEqual([
      'admin@demo.trellis.test',
    ]);

    for (const account of DEMO_ACCOUNTS) await t.client().signIn(account.email, account.password);
    const coordinator = await t.client().signIn('coordinator@demo.trellis.test', DEMO_PASSWORD);
    const page = await coordinator.get('/api/v1/networks/lectura-compartida');
    expect(page.body.permissions.update).toBe(true);
    const lone = await t.client().signIn('teacher@demo.trellis.test', DEMO_PASSWORD);
    const me = await lone.get('/api/v1/session');
    expect((await lone.get(`/api/v1/people/${me.body.person.id}`)).body.networks).toEqual([]);
  });

  it('closes the closed waves as Trellis does: a tie per submitted nomination, analyses queued', async () => {
    const generated = generateDemoRegion({ scale: 0.05 });
    // Each submitted nomination of a closed wave, and each tie, as (wave, from, to, weight).
    const [nominations, ties] = await Promise.all([
      queryRows<{ key: string }>(
        t.db,
        sql`select concat_ws('|', r.wave_id, r.respondent_id, coalesce(n.nominee_id::text, n.outside_name), n.frequency + 1) as key
          from survey_nominations n join survey_responses r on r.id = n.response_id join survey_waves w on w.id = r.wave_id
          where r.status = 'submitted' and w.status = 'closed' order by key`,
      ),
      queryRows<{ key: string }>(
        t.db,
        sql`select concat_ws('|', wave_id, from_person_id, coalesce(to_person_id::text, to_outside_name), weight) as key
          from ties where source = 'survey' and relation = 'advice' order by key`,
      ),
    ]);
    expect(ties.length).toBeGreaterThan(1_000);
    expect(ties).toEqual(nominations);
    const [counts] = await queryRows<{
      ties: number;
      drafts: number;
      analyses: number;
      closed: number;
      unmatched: number;
    }>(
      t.db,
      sql`select (select count(*)::int from ties) as ties,
        (select count(*)::int from survey_responses where status = 'draft') as drafts,
        (select count(*)::int from analyses a join survey_waves w on w.id = a.wave_id
          where a.status = 'queued' and a.requested_by is not distinct from w.closed_by and a.relation is null) as analyses,
        (select count(*)::int from survey_waves where status = 'closed') as closed,
        (select count(*)::int from ties t join survey_waves w on w.id = t.wave_id join surveys s on s.id = w.survey_id
          where s.network_id <> t.network_id) as unmatched`,
    );
    expect(counts).toMatchObject({
      ties: ties.length,
      analyses: 2 * counts!.closed,
      closed: 24,
      unmatched: 0,
    });
    expect(counts!.drafts).toBeGreaterThan(0);
    // And all of each network's ties, people and organisations, queued after the waves'.
    const allTies = await queryRows<{ networks: number; analyses: number; afterWaves: boolean }>(
      t.db,
      sql`select count(distinct a.network_id)::int as networks, count(*)::int as analyses,
          bool_and(a.requested_at > (select max(requested_at) from analyses where wave_id is not null)) as "afterWaves"
        from analyses a where a.wave_id is null and a.relation is null and a.status = 'queued'`,
    );
    const surveyed = new Set(generated.rows.surveys.map((survey) => survey.networkId)).size;
    expect(allTies).toEqual([{ networks: surveyed, analyses: 2 * surveyed, afterWaves: true }]);

    // Who answered is who the database deems eligible; the generator's own rule agrees with it.
    for (const survey of generated.rows.surveys) {
      const [answered] = await queryRows<{ outside: number }>(
        t.db,
        sql`select count(*)::int as outside from survey_responses r join survey_waves w on w.id = r.wave_id
          where w.survey_id = ${survey.id} and r.respondent_id not in (${eligibleRespondents(survey.networkId)})`,
      );
      expect(answered).toEqual({ outside: 0 });
    }
    const regional = generated.networks.find((network) => network.row.slug === 'red-regional-valdemar')!;
    const people = new Map(generated.people.map((person) => [person.row.id, person]));
    const organisations = new Map(
      [...generated.schools, ...generated.otherOrganisations].map((o) => [o.row.id, o]),
    );
    const [eligible] = await queryRows<{ count: number }>(
      t.db,
      sql`select count(*)::int as count from (${eligibleRespondents(regional.row.id)}) e`,
    );
    expect(eligible!.count).toBe(eligiblePeople(generated, regional, people, organisations).size);
    expect(eligible!.count).toBeGreaterThan(600);
  });

  it('writes the knowledge bank: adoptions mostly along survey ties, trees with generations, visible chains', async () => {
    const [counts] = await queryRows<{
      resources: number;
      versions: number;
      adoptions: number;
      collections: number;
    }>(
      t.db,
      sql`select (select count(*)::int from resources) as resources,
        (select count(*)::int from resource_versions) as versions,
        (select count(*)::int from adoptions) as adoptions,
        (select count(*)::int from collections) as collections`,
    );
    expect(counts!.resources).toBe(built.counts.resources);
    expect(counts!.versions).toBeGreaterThanOrEqual(counts!.resources);
    expect(counts!.adoptions).toBe(built.counts.adoptions);
    expect(counts!.collections).toBe(built.counts.collections);
    // Every adoption is from a school that held the practice first: a tree rooted at the origin.
    const [orphans] = await queryRows<{ count: number }>(
      t.db,
      sql`select count(*)::int as count from adoptions d join practices p on p.id = d.practice_id
        where d.from_school_id <> p.school_id and not exists (select 1 from adoptions e
          where e.practice_id = d.practice_id and e.school_id = d.from_school_id and e.started_on < d.started_on)`,
    );
    expect(orphans).toEqual({ count: 0 });
    // Most adoptions, by the query the travel view uses, follow a tie the surveys showed.
    const practiceIds = await queryRows<{ id: string }>(t.db, sql`select id from practices`);
    let along = 0;
    for (const { id } of practiceIds) along += (await adoptionsAlongTies(t.db, id)).size;
    // (At this scale nearly every pair of network schools is tied; at full scale some are not: docs/demo-region.md.)
    expect(along / counts!.adoptions).toBeGreaterThan(0.5);
  });

  it('refuses to build over existing data', async () => {
    await expect(buildDemoRegion(t.db, { scale: 0.05 })).rejects.toThrow(/already holds/);
  });

  it('clears all data, keeping a note in the audit log', async () => {
    expect(CLEARED_TABLES).toEqual(
      expect.arrayContaining([
        'organisations',
        'people',
        'networks',
        'network_memberships',
        'accounts',
        'sessions',
      ]),
    );
    expect(CLEARED_TABLES).not.toContain('audit_log');
    const connection = await open();
    try {
      const { db } = connection;
      await buildDemoRegion(db, { scale: 0.05 });
      await clearAllData(db);
      expect(await isDatabaseEmpty(db)).toBe(true);
      const left = await databaseDigest(db);
      expect(Object.values(left).every((digest) => digest === '0:')).toBe(true);
      const notes = await queryRows<{ action: string }>(
        db,
        sql`select action from audit_log where action = 'data.clear_all'`,
      );
      expect(notes).toHaveLength(1);
    } finally {
      await connection.close();
    }
  });
});
