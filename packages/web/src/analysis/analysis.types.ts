/**
 * The shapes of the network-analysis API (`packages/server/src/analytics/analyses.schema.ts` and
 * the map contract), written out for the same reason as `api/types.ts`: inferring them would pull
 * the server's Node-only modules into the browser build.
 */
import type { AnalysisLevel, AnalysisStatus, RelationType } from '../api/vocabulary.ts';

export const BROKERAGE_ROLES = [
  'coordinator',
  'gatekeeper',
  'representative',
  'consultant',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

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

/** The node measures the table sorts by (the server's `NODE_MEASURES`). */
export const NODE_SORTS = [
  'degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'clustering',
  'core',
  'constraint',
  'effectiveSize',
  'community',
] as const;
export type NodeSort = (typeof NODE_SORTS)[number];

export interface AnalysisNode {
  index: number;
  label: string;
  person: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
  inNetwork: boolean;
  degree: number;
  inDegree: number | null;
  outDegree: number | null;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  pagerank: number;
  clustering: number;
  core: number;
  constraint: number | null;
  effectiveSize: number | null;
  community: number;
  brokerageRole: BrokerageRole | null;
  isolate: boolean;
  cutPoint: boolean;
}

export interface AnalysisNodePage {
  named: boolean;
  total: number;
  items: AnalysisNode[];
}

/** The stored map of an analysis: columnar arrays, one entry per node (see /analyses/{id}/map). */
export interface AnalysisMap {
  analysisId: string;
  level: AnalysisLevel;
  status: 'pending' | 'ready' | 'failed';
  showsNames: boolean;
  computedAt: string | null;
  groups: { id: string; name: string }[];
  networks: { id: string; name: string; slug: string }[];
  nodes: MapNodeColumns;
  edges: { source: number[]; target: number[]; weight: number[] };
}

export interface MapNodeColumns {
  id: (string | null)[];
  label: (string | null)[];
  group: number[];
  network: number[];
  inNetwork: boolean[];
  x: number[];
  y: number[];
  community: number[];
  brokerageRole: (BrokerageRole | null)[];
  isolate: boolean[];
  cutPoint: boolean[];
  degree: number[];
  betweenness: number[];
  closeness: number[];
  pagerank: number[];
  eigenvector: (number | null)[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
  core: number[];
}

/** What a survey wave looks like in `GET /networks/{id}/surveys` (only what this page needs). */
export interface SurveyWithWaves {
  id: string;
  title: string;
  waves: { id: string; number: number; status: string; closesOn: string }[];
}
