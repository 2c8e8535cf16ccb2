import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { ANALYSIS_LEVELS, ANALYSIS_STATUSES } from '../shared/vocabulary.js';
import { relationType, surveyWaves } from '../surveys/surveys.table.js';
import type { BrokerageRole } from '@trellis/sna';

export const analysisLevel = pgEnum('analysis_level', ANALYSIS_LEVELS);
export const analysisStatus = pgEnum('analysis_status', ANALYSIS_STATUSES);

/**
 * One analysis of a network's ties (of a wave and a relation, or all of them), at the level of
 * people or of organisations. The row is also the job: queued, taken by the server's analysis
 * runner, then done with its graph measures (or failed with the reason).
 */
export const analyses = pgTable(
  'analyses',
  {
    id: idColumn(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    waveId: uuid('wave_id').references(() => surveyWaves.id, { onDelete: 'cascade' }),
    relation: relationType('relation'),
    level: analysisLevel('level').notNull(),
    status: analysisStatus('status').notNull().default('queued'),
    /**
     * Graph-level measures, as the engine reports them, plus Trellis's own (E-I inside vs outward,
     * E-I within vs across organisations).
     */
    graph: jsonb('graph'),
    error: text('error'),
    requestedBy: uuid('requested_by').references(() => people.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /**
     * A random secret, never sent: the keyed permutation of the nodes that anonymised answers
     * come in (and the map's layout starts from) is derived from it, so that their order says
     * nothing about who the nodes are.
     */
    anonymityKey: uuid('anonymity_key').notNull().defaultRandom(),
  },
  (t) => [
    index('analyses_network_idx').on(t.networkId, t.requestedAt),
    index('analyses_status_idx').on(t.status),
  ],
);

/**
 * The measures of one node of an analysis: a person or an organisation (by id; names are joined
 * when read, so that who may see them is decided then), or someone outside Trellis by label.
 */
export const analysisNodes = pgTable(
  'analysis_nodes',
  {
    analysisId: uuid('analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    index: integer('index').notNull(),
    personId: uuid('person_id'),
    organisationId: uuid('organisation_id'),
    outsideLabel: text('outside_label'),
    inNetwork: boolean('in_network').notNull(),
    degree: integer('degree').notNull(),
    inDegree: integer('in_degree'),
    outDegree: integer('out_degree'),
    betweenness: doublePrecision('betweenness').notNull(),
    closeness: doublePrecision('closeness').notNull(),
    eigenvector: doublePrecision('eigenvector'),
    pagerank: doublePrecision('pagerank').notNull(),
    clustering: doublePrecision('clustering').notNull(),
    core: integer('core').notNull(),
    constraint: doublePrecision('constraint'),
    effectiveSize: doublePrecision('effective_size'),
    community: integer('community').notNull(),
    brokerageRole: text('brokerage_role').$type<BrokerageRole>(),
    isolate: boolean('isolate').notNull(),
    /** A single point of failure: without this node, part of the network loses touch with the rest. */
    cutPoint: boolean('cut_point').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.analysisId, t.index] })],
);

/**
 * The map of an analysis, stored with the snapshot so that it opens at once: each node's position
 * (by its `analysis_nodes.index`) from a layout computed off the request path, and the ties drawn
 * between nodes as parallel arrays (source index, target index, weight).
 */
export const analysisMaps = pgTable('analysis_maps', {
  analysisId: uuid('analysis_id')
    .primaryKey()
    .references(() => analyses.id, { onDelete: 'cascade' }),
  x: real('x').array().notNull(),
  y: real('y').array().notNull(),
  edgeSources: integer('edge_sources').array().notNull(),
  edgeTargets: integer('edge_targets').array().notNull(),
  edgeWeights: real('edge_weights').array().notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
