/**
 * Ties and analyses for the browser tests and the map benchmark. The demo region's networks start
 * without ties; this gives one realistic advice ties — dense inside each organisation, sparse
 * across, with people members bridging — through the `trellis import ties` code path, and runs one
 * chosen analysis with the server's own runner.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../../server/src/db/database.js';
import { importCsv } from '../../../server/src/import/import.js';
import { queueAnalysis } from '../../../server/src/analytics/analyses.queries.js';
import { runQueuedAnalysis } from '../../../server/src/analytics/run-analysis.js';

interface Person {
  email: string;
  organisation: string | null;
}

/**
 * Everyone a network's survey would ask: its person members and the staff of its member
 * organisations; with `descendants`, those of the networks within it too (a network of networks
 * has few members of its own).
 */
async function networkPeople(db: Database, slug: string, descendants: boolean): Promise<Person[]> {
  return queryRows<Person>(
    db,
    sql`with recursive network(id) as (
        select id from networks where slug = ${slug}
        union select p.child_id from network_parents p join network on p.parent_id = network.id where ${descendants}),
      current_members as (
        select m.* from network_memberships m
        where m.network_id in (select id from network) and (m.end_date is null or m.end_date >= current_date))
      select distinct on (p.email) p.email, a.organisation_id as organisation
      from people p
      left join affiliations a on a.person_id = p.id and (a.end_date is null or a.end_date >= current_date)
      where p.email is not null and (
        p.id in (select person_id from current_members where person_id is not null)
        or a.organisation_id in (select organisation_id from current_members where organisation_id is not null))
      order by p.email, a.organisation_id`,
  );
}

/**
 * Writes the network's imported advice ties (replacing any earlier import): each person names two
 * colleagues in their organisation, one in six also someone in another organisation, people with
 * no organisation bridge three organisations, and one in seven is left out entirely (the isolates).
 * With `descendants`, the people of the networks within it are tied too (they then appear on its
 * map as people its members named). Deterministic: the same region always gets the same ties.
 * Returns how many ties were written.
 */
export async function importAdviceTies(db: Database, slug: string, descendants = false): Promise<number> {
  const people = await networkPeople(db, slug, descendants);
  if (process.env.TRELLIS_BENCH_VERBOSE) console.log(`${slug}: ${people.length} people to tie`);
  const byOrganisation = new Map<string, string[]>();
  const unaffiliated: string[] = [];
  people.forEach((person, index) => {
    if (index % 7 === 3) return; // an isolate: no ties either way
    if (person.organisation === null) unaffiliated.push(person.email);
    else
      byOrganisation.set(person.organisation, [
        ...(byOrganisation.get(person.organisation) ?? []),
        person.email,
      ]);
  });
  const groups = [...byOrganisation.values()].filter((group) => group.length > 1);
  const rows: string[] = [];
  const tie = (from: string, to: string) => {
    if (from !== to) rows.push(`${slug},${from},${to},advice,1`);
  };
  groups.forEach((group, g) => {
    const next = groups[(g + 1) % groups.length]!;
    group.forEach((email, i) => {
      tie(email, group[(i + 1) % group.length]!);
      tie(email, group[(i + 3) % group.length]!);
      if (i % 6 === 0) tie(email, next[i % next.length]!);
    });
  });
  unaffiliated.forEach((email, i) => {
    for (let k = 0; k < 3 && groups.length > 0; k += 1) {
      const group = groups[(i * 7 + k * 11) % groups.length]!;
      tie(email, group[0]!);
      tie(group[1 % group.length]!, email);
    }
  });
  if (rows.length === 0) throw new Error(`The network ${slug} has no one to tie.`);
  await importCsv(db, 'ties', ['network,from_email,to_email,relation,weight', ...rows].join('\n'));
  return rows.length;
}

/**
 * Runs one queued analysis (and lays out its map) with the server's runner, leaving the others
 * the region queues (the demo's survey waves) alone.
 */
export async function runAnalysis(db: Database, analysisId: string): Promise<void> {
  if (!(await runQueuedAnalysis(db, analysisId))) throw new Error(`No queued analysis ${analysisId} to run.`);
  const [row] = await queryRows<{ status: string }>(
    db,
    sql`select status from analyses where id = ${analysisId}`,
  );
  if (row?.status !== 'done') throw new Error(`Analysis ${analysisId} ended ${row?.status ?? 'missing'}.`);
}

/** Queues an analysis of all of a network's ties at a level, as its coordinator would, and runs it. */
export async function analyseNetwork(
  db: Database,
  slug: string,
  level: 'people' | 'organisations' = 'people',
): Promise<string> {
  const [network] = await queryRows<{ id: string }>(db, sql`select id from networks where slug = ${slug}`);
  if (!network) throw new Error(`No network ${slug}.`);
  const queued = await queueAnalysis(db, {
    networkId: network.id,
    level,
    waveId: null,
    relation: null,
    requestedBy: null,
  });
  await runAnalysis(db, queued.id);
  return queued.id;
}
