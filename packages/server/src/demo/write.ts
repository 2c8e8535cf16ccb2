/**
 * Writes a generated region in one transaction, table by table in dependency order, a few
 * thousand rows a statement; then closes the closed waves as Trellis closes one.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table.js';
import { recordAudit } from '../audit/audit.js';
import type { Database, Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { networkParents, networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { affiliations, people } from '../people/people.table.js';
import { normaliseTags } from '../shared/tags.js';
import { queueAnalysis } from '../analytics/analyses.queries.js';
import { queueAllTiesAnalyses } from '../analytics/run-analysis.js';
import { ANALYSIS_LEVELS } from '../shared/vocabulary.js';
import { tiesFromAnswers } from '../surveys/waves.queries.js';
import {
  surveyNominations,
  surveyQuestions,
  surveyResponses,
  surveys,
  surveyWaves,
} from '../surveys/surveys.table.js';
import { collectionItems, collections } from '../collections/collections.table.js';
import { adoptions, evidenceItems, practiceResources, practices } from '../practices/practices.table.js';
import { resourceAuthors, resources, resourceVersions } from '../resources/resources.table.js';
import type { DemoRegion } from './region.js';

/** Rows per statement: a few megabytes of JSON at most. */
const ROWS_PER_INSERT = 5_000;

/**
 * Inserts rows in slices, each sent as one JSON parameter that `json_populate_recordset` turns
 * into rows of the table: about half the cost of a multi-row VALUES list with a bound parameter
 * per field, which matters for the few hundred thousand survey answers. A column no row sets
 * takes its default; one that some rows leave out is null in those.
 */
export async function insertAll(
  db: Executor,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columnsByKey = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((key) => key in columnsByKey);
  const names = keys.map((key) => columnsByKey[key]!.name);
  const columnList = sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const slice = rows
      .slice(start, start + ROWS_PER_INSERT)
      .map((row) => Object.fromEntries(keys.map((key, i) => [names[i], row[key] ?? null])));
    await db.execute(sql`insert into ${table} (${columnList})
      select ${columnList} from json_populate_recordset(null::${table}, ${JSON.stringify(slice)}::json)`);
  }
}

/** Writes every row of the region and one audit entry; the accounts get the given password hash. */
export async function writeRegion(
  db: Database,
  region: DemoRegion,
  passwordHash: string,
  details: Record<string, unknown>,
): Promise<void> {
  const { rows } = region;
  await db.transaction(async (tx) => {
    await insertAll(tx, organisations, rows.organisations);
    // People type their tags in English or Spanish; stored, as every way in stores them, as the
    // topics' keys, so that suggestions match across languages (shared/tags.ts).
    await insertAll(
      tx,
      people,
      rows.people.map((person) => ({
        ...person,
        expertise: normaliseTags(person.expertise ?? []),
        needs: normaliseTags(person.needs ?? []),
      })),
    );
    await insertAll(tx, affiliations, rows.affiliations);
    await insertAll(tx, networks, rows.networks);
    await insertAll(tx, networkParents, rows.networkParents);
    await insertAll(tx, memberships, rows.memberships);
    await insertAll(
      tx,
      accounts,
      rows.accounts.map((account) => ({ ...account, passwordHash })),
    );
    await insertAll(tx, surveys, rows.surveys);
    await insertAll(tx, surveyQuestions, rows.surveyQuestions);
    await insertAll(tx, surveyWaves, rows.surveyWaves);
    await insertAll(tx, surveyResponses, rows.surveyResponses);
    await insertAll(tx, surveyNominations, rows.surveyNominations);
    await closeWaves(tx, region);
    // The knowledge bank: adaptations point at earlier rows, which come first in the list.
    await insertAll(tx, resources, rows.resources);
    await insertAll(tx, resourceAuthors, rows.resourceAuthors);
    await insertAll(tx, resourceVersions, rows.resourceVersions);
    await insertAll(tx, practices, rows.practices);
    await insertAll(tx, practiceResources, rows.practiceResources);
    await insertAll(tx, evidenceItems, rows.evidenceItems);
    await insertAll(tx, adoptions, rows.adoptions);
    await insertAll(tx, collections, rows.collections);
    await insertAll(tx, collectionItems, rows.collectionItems);
    await recordAudit(tx, { actorId: null, action: 'demo.build', entityType: 'platform', details });
  });
}

/**
 * What closing the region's closed waves does in Trellis (surveys.service.ts `closeWave`): their
 * submitted answers become ties, by the same query, and each wave's analyses, of people and of
 * organisations, are queued for the server's analysis runner, then those of all ties.
 */
async function closeWaves(db: Executor, { rows }: DemoRegion): Promise<void> {
  const networkOf = new Map(rows.surveys.map((survey) => [survey.id, survey.networkId]));
  for (const wave of rows.surveyWaves) {
    if (wave.status !== 'closed') continue;
    const networkId = networkOf.get(wave.surveyId)!;
    await tiesFromAnswers(db, networkId, wave.id);
    for (const level of ANALYSIS_LEVELS) {
      await queueAnalysis(db, {
        networkId,
        waveId: wave.id,
        relation: null,
        level,
        requestedBy: wave.closedBy ?? null,
      });
    }
  }
  // Then the analyses of all of each network's ties, after the waves' (as closing a wave does).
  const closed = rows.surveyWaves.filter((wave) => wave.status === 'closed');
  await queueAllTiesAnalyses(
    db,
    closed.map((wave) => networkOf.get(wave.surveyId)!),
    null,
  );
}
