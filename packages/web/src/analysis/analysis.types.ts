/**
 * The shapes of the network-analysis API (`packages/server/src/analytics/analyses.schema.ts` and
 * the map contract), written out for the same reason as `api/types.ts`: inferring them would pull
 * the server's Node-only modules into the browser build.
 */
import type { AnalysisLevel, AnalysisStatus, RelationType } from '../api/vocabulary.ts';

import type { BrokerageRole } from '../../../sna/src/structural-holes/brokerage-roles.js';

export { BROKERAGE_ROLES, type BrokerageRole } from '../../../sna/src/structural-holes/brokerage-roles.js';

/** How the map changed since the survey's previous wave (present for a wave after the first). */
export interface WaveChange {
  previousWaveId: string;
  tiesGained: number;
  tiesLost: number;
  densityChange: number | null;
  eiChange: number | null;
  outwardEiChange: number | null;
  organisationEiChange?: number | null;
}

/** The graph-level measures of a finished analysis (`packages/sna/docs/measures.md`). */
export interface GraphMeasures {
  nodeCount: number;
  edgeCount: number;
  isolateCount: number;
  density: number;
  reciprocity: number | null;
  degreeCentralization: number;
  inDegreeCentralization: number | null;
  outDegreeCentralization: number | null;
  weakComponents: { count: number; sizes: number[] };
  largestComponentSize: number;
  communities: { count: number; modularity: number };
  /** E-I index across the nodes' groups (for people, their organisations; outsiders each alone). */
  attribute?: { eiIndex: number | null } | null;
  /** E-I index of ties between people who both have an organisation: within vs across them. */
  organisationEiIndex?: number | null;
  /** E-I index of members' ties: inside the network vs outward. */
  outwardEiIndex?: number | null;
  memberCount?: number;
  changeSincePreviousWave?: WaveChange | null;
}

export interface AnalysisSummary {
  id: string;
  networkId: string;
  waveId: string | null;
  relation: RelationType | null;
  level: AnalysisLevel;
  status: AnalysisStatus;
  error: string | null;
  requestedAt: string;
  finishedAt: string | null;
  graph: GraphMeasures | null;
}

/** The node measures the table sorts by. */
export { NODE_MEASURES as NODE_SORTS } from '../../../server/src/analytics/node-measures.js';
export type { NodeMeasure as NodeSort } from '../../../server/src/analytics/node-measures.js';

/** A band of a measure on an anonymised answer: its lowest and highest value, and how many nodes. */
export interface MeasureBand {
  min: number;
  max: number;
  count: number;
}

/** The measures an anonymised answer shows as bands. */
export const BANDED_MEASURES = [
  'degree',
  'betweenness',
  'core',
  'pagerank',
  'closeness',
  'eigenvector',
  'constraint',
  'effectiveSize',
] as const;
export type BandedMeasure = (typeof BANDED_MEASURES)[number];

/**
 * How an anonymised answer generalised its nodes (null when the caller sees names): nothing is
 * shown that fewer than k nodes share, and measures are band indices into `bands`.
 */
export interface Anonymity {
  k: number;
  bands: Record<BandedMeasure, MeasureBand[]>;
}

/**
 * A row of the node table. For anonymised callers, `index` is the map's keyed position, the
 * banded measures are band indices, and anything not shown is null.
 */
export interface AnalysisNode {
  index: number;
  label: string;
  person: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
  inNetwork: boolean | null;
  degree: number | null;
  inDegree: number | null;
  outDegree: number | null;
  betweenness: number | null;
  closeness: number | null;
  eigenvector: number | null;
  pagerank: number | null;
  clustering: number | null;
  core: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  community: number | null;
  brokerageRole: BrokerageRole | null;
  isolate: boolean | null;
  cutPoint: boolean | null;
}

export interface AnalysisNodePage {
  named: boolean;
  anonymity: Anonymity | null;
  total: number;
  items: AnalysisNode[];
}

/** The stored map of an analysis: columnar arrays, one entry per node (see /analyses/{id}/map). */
export interface AnalysisMap {
  analysisId: string;
  level: AnalysisLevel;
  status: 'pending' | 'ready' | 'failed';
  showsNames: boolean;
  anonymity: Anonymity | null;
  computedAt: string | null;
  groups: { id: string; name: string }[];
  networks: { id: string; name: string; slug: string }[];
  nodes: MapNodeColumns;
  edges: { source: number[]; target: number[]; weight: number[] };
}

/** The map's node columns; on an anonymised map null where not shown, measures as band indices. */
export interface MapNodeColumns {
  id: (string | null)[];
  label: (string | null)[];
  group: (number | null)[];
  network: (number | null)[];
  inNetwork: (boolean | null)[];
  x: number[];
  y: number[];
  community: (number | null)[];
  brokerageRole: (BrokerageRole | null)[];
  isolate: (boolean | null)[];
  cutPoint: (boolean | null)[];
  degree: (number | null)[];
  betweenness: (number | null)[];
  closeness: (number | null)[];
  pagerank: (number | null)[];
  eigenvector: (number | null)[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
  core: (number | null)[];
}

/** What a survey wave looks like in `GET /networks/{id}/surveys` (only what this page needs). */
export interface SurveyWithWaves {
  id: string;
  title: string;
  waves: { id: string; number: number; status: string; closesOn: string }[];
}
