/**
 * The crash test's verdicts. After each restart, through the API: every write acknowledged in the
 * cycle is there, and each respondent's answers are exactly one save's, no older than the last
 * acknowledged. At the end, in the database: every write acknowledged in any cycle is there, and
 * no write is half-done (a network without its audit entry or its parent link, a membership
 * without its audit entry, an audit entry without its row, a response without its audit entry).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/database.js';
import { memberships } from '../../memberships/memberships.table.js';
import { saveOf, type Ledger } from './ledger.js';
import type { World } from './writes.js';

/** Reads back, through the restarted server, what the cycle's acknowledged writes made. */
export async function checkCycleThroughApi(world: World, ledger: Ledger, cycle: number): Promise<void> {
  for (const write of ledger.acknowledgedNetworks(cycle)) {
    const answer = await world.admin.get<{ id: string; parents: { id: string }[] }>(
      `/api/v1/networks/${write.slug}`,
    );
    if (answer.status !== 200 || answer.body.id !== write.id)
      ledger.lost.push(`cycle ${cycle}: network ${write.slug} (${answer.status})`);
    else if (!answer.body.parents.some((parent) => parent.id === world.homeId)) {
      ledger.inconsistent.push(`cycle ${cycle}: network ${write.slug} without its parent`);
    }
  }
  const byNetwork = new Map<string, { id: string }[]>();
  for (const write of ledger.acknowledgedMemberships(cycle)) {
    byNetwork.set(write.networkId, [...(byNetwork.get(write.networkId) ?? []), write]);
  }
  for (const [networkId, writes] of byNetwork) {
    const answer = await world.admin.get<{ items: { id: string }[] }>(
      `/api/v1/networks/${networkId}/memberships?type=person&limit=100`,
    );
    const present = new Set(answer.status === 200 ? answer.body.items.map((item) => item.id) : []);
    for (const write of writes)
      if (!present.has(write.id)) ledger.lost.push(`cycle ${cycle}: membership ${write.id}`);
  }
  for (const [respondent, client] of world.respondents.entries()) {
    const answer = await client.get<{ nominations: { outside: { name: string } | null }[] } | null>(
      `/api/v1/waves/${world.waveId}/response`,
    );
    const names = answer.body?.nominations.map((nomination) => nomination.outside?.name ?? '') ?? [];
    checkSave(ledger, respondent, names, `cycle ${cycle}`);
  }
}

/** A respondent's stored answers must be exactly one save, sent, and no older than the floor; the floor then rises. */
function checkSave(ledger: Ledger, respondent: number, names: string[], where: string) {
  const saves = ledger.respondents[respondent]!;
  if (names.length === 0) {
    if (saves.floor !== null)
      ledger.lost.push(`${where}: respondent ${respondent}'s answers (save ${saves.floor})`);
    return;
  }
  const stored = saveOf(respondent, names);
  if (stored === undefined || !saves.sent.includes(stored)) {
    ledger.inconsistent.push(
      `${where}: respondent ${respondent}'s answers are not one save: ${names.join(', ')}`,
    );
  } else if (saves.floor !== null && stored < saves.floor) {
    ledger.lost.push(`${where}: respondent ${respondent}'s save ${saves.floor} (found ${stored})`);
  } else {
    saves.floor = stored;
  }
}

/** The end: every acknowledged write of every cycle, and the consistency of everything written, read in the database. */
export async function checkDatabase(db: Database, world: World, ledger: Ledger): Promise<void> {
  const networks = new Map(
    (await queryRows<{ slug: string; id: string }>(db, sql`select slug, id::text as id from networks`)).map(
      (row) => [row.slug, row.id],
    ),
  );
  for (const write of ledger.acknowledgedNetworks()) {
    if (networks.get(write.slug) !== write.id) ledger.lost.push(`network ${write.slug}`);
  }
  const stored = new Set(
    (await queryRows<{ id: string }>(db, sql`select id::text as id from ${memberships}`)).map(
      (row) => row.id,
    ),
  );
  for (const write of ledger.acknowledgedMemberships())
    if (!stored.has(write.id)) ledger.lost.push(`membership ${write.id}`);

  const halfDone = await queryRows<{ problem: string }>(
    db,
    sql`
      select 'network ' || n.slug || ' without its audit entry' as problem from networks n
        where not exists (select 1 from audit_log a where a.action = 'network.create' and a.entity_id = n.id::text)
      union all
      select 'network ' || n.slug || ' without its parent link' from networks n
        where n.slug like 'crash-c%' and not exists (select 1 from network_parents p where p.child_id = n.id and p.parent_id = ${world.homeId})
      union all
      select 'membership ' || m.id || ' without its audit entry' from ${memberships} m
        where not exists (select 1 from audit_log a where a.action = 'membership.create' and a.entity_id = m.id::text)
      union all
      select 'audit entry ' || a.action || ' ' || a.entity_id || ' without its row' from audit_log a
        where (a.action = 'network.create' and not exists (select 1 from networks n where n.id::text = a.entity_id))
           or (a.action = 'membership.create' and not exists (select 1 from ${memberships} m where m.id::text = a.entity_id))
      union all
      select 'response ' || r.id || ' without its audit entry' from survey_responses r
        where not exists (select 1 from audit_log a where a.entity_type = 'survey_response' and a.entity_id = r.id::text)`,
  );
  ledger.inconsistent.push(...halfDone.map((row) => row.problem));

  const answers = await queryRows<{ respondent: string; names: string[] }>(
    db,
    sql`select r.respondent_id::text as respondent, coalesce(array_agg(n.outside_name) filter (where n.id is not null), '{}') as names
        from survey_responses r left join survey_nominations n on n.response_id = r.id
        where r.wave_id = ${world.waveId} group by r.respondent_id`,
  );
  for (const [respondent, personId] of world.respondentIds.entries()) {
    const names = answers.find((row) => row.respondent === personId)?.names ?? [];
    checkSave(ledger, respondent, names, 'at the end');
  }
}
