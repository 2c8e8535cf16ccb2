import { z } from '@hono/zod-openapi';
import { ANALYSIS_LEVELS, ANALYSIS_STATUSES, RELATION_TYPES } from '../shared/vocabulary.js';
import { BROKERAGE_ROLES } from './compute.js';
import { EXPORT_FORMATS, NODE_MEASURES } from './export.js';
import { Anonymity } from './map.schema.js';

export const RequestAnalysisBody = z
  .object({
    level: z.enum(ANALYSIS_LEVELS),
    waveId: z
      .uuid()
      .nullable()
      .default(null)
      .openapi({ description: 'One wave’s ties; null for every tie of the network.' }),
    relation: z
      .enum(RELATION_TYPES)
      .nullable()
      .default(null)
      .openapi({ description: 'One relation; null for all.' }),
  })
  .strict()
  .openapi('RequestAnalysis');

export type RequestAnalysisInput = z.infer<typeof RequestAnalysisBody>;

export const AnalysisSummary = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    waveId: z.uuid().nullable(),
    relation: z.enum(RELATION_TYPES).nullable(),
    level: z.enum(ANALYSIS_LEVELS),
    status: z.enum(ANALYSIS_STATUSES),
    error: z.string().nullable(),
    requestedAt: z.string(),
    finishedAt: z.string().nullable(),
    graph: z.record(z.string(), z.unknown()).nullable().openapi({
      description:
        'Graph-level measures (see packages/sna/docs/measures.md), once done; aggregate, so every viewer sees them. Besides the engine’s: `outwardEiIndex` (ties members make outside the network against inside it), `organisationEiIndex` (people level: ties between two people of different organisations against ties within one; ties to anyone without an organisation left out), `memberCount`, and `changeSincePreviousWave` (ties gained and lost, `densityChange`, `eiChange`, `outwardEiChange`, `organisationEiChange`).',
    }),
  })
  .openapi('Analysis');

export const AnalysisList = z
  .object({
    items: z.array(AnalysisSummary),
    permissions: z
      .object({ request: z.boolean() })
      .openapi({ description: 'Whether the caller may ask for an analysis (coordinators and evaluators).' }),
  })
  .openapi('AnalysisList');

/** The node table sorts by any numeric measure. */
export const NODE_SORTS = NODE_MEASURES;

export const NodeListQuery = z.object({
  sort: z.enum(NODE_SORTS).default('betweenness').openapi({
    description:
      'For anonymised callers, by band (equal bands in the keyed order); the clustering coefficient is not shown to them.',
  }),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  inNetwork: z.enum(['true', 'false']).optional(),
  isolate: z.enum(['true', 'false']).optional(),
  cutPoint: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Single points of failure only (or none of them).' }),
  brokerageRole: z.enum(BROKERAGE_ROLES).optional(),
  community: z.coerce.number().int().min(0).optional().openapi({
    description:
      'Every filter matches what the caller is shown: for anonymised callers, a value hidden on a node never matches.',
  }),
});

const NOT_SHOWN =
  'For anonymised callers, null where not shown (fewer than k nodes share it, alone or with the node’s other shown attributes).';
const BANDED = (what: string) =>
  `${what}. For anonymised callers, the index of its band in \`anonymity.bands\` (0 = lowest) instead, null where not shown or not available.`;

export const AnalysisNode = z
  .object({
    index: z.int().openapi({
      description:
        'The node’s position on the map. For anonymised callers, in the analysis’s keyed random order (the map’s), which says nothing about who it is.',
    }),
    label: z.string().openapi({ description: 'A name, or "#index" when anonymised.' }),
    person: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    inNetwork: z.boolean().nullable().openapi({ description: NOT_SHOWN }),
    degree: z
      .int()
      .nullable()
      .openapi({ description: BANDED('Ties in and out') }),
    inDegree: z.int().nullable().openapi({ description: 'Null when anonymised.' }),
    outDegree: z.int().nullable().openapi({ description: 'Null when anonymised.' }),
    betweenness: z
      .number()
      .nullable()
      .openapi({ description: BANDED('Normalised betweenness') }),
    closeness: z
      .number()
      .nullable()
      .openapi({ description: BANDED('Closeness') }),
    eigenvector: z
      .number()
      .nullable()
      .openapi({ description: BANDED('Eigenvector centrality') }),
    pagerank: z
      .number()
      .nullable()
      .openapi({ description: BANDED('PageRank') }),
    clustering: z.number().nullable().openapi({ description: 'Null when anonymised.' }),
    core: z
      .int()
      .nullable()
      .openapi({ description: BANDED('Core number') }),
    constraint: z
      .number()
      .nullable()
      .openapi({ description: BANDED('Burt’s constraint') }),
    effectiveSize: z
      .number()
      .nullable()
      .openapi({ description: BANDED('Burt’s effective size') }),
    community: z
      .int()
      .nullable()
      .openapi({
        description: `Louvain community; for anonymised callers numbered by size (0 = largest), as on the map. ${NOT_SHOWN}`,
      }),
    brokerageRole: z
      .string()
      .nullable()
      .openapi({ description: `Null for none. ${NOT_SHOWN}` }),
    isolate: z.boolean().nullable().openapi({ description: NOT_SHOWN }),
    cutPoint: z
      .boolean()
      .nullable()
      .openapi({
        description: `Without this node, part of the network would lose touch with the rest. ${NOT_SHOWN}`,
      }),
  })
  .openapi('AnalysisNode');

export const AnalysisNodePage = z
  .object({
    named: z
      .boolean()
      .openapi({ description: 'False when people are anonymised for the caller (the privacy rule).' }),
    anonymity: Anonymity,
    total: z.int(),
    items: z.array(AnalysisNode),
  })
  .openapi('AnalysisNodePage');

export type NodeListFilters = z.infer<typeof NodeListQuery>;

export const GraphExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('graphml'),
  level: z.enum(ANALYSIS_LEVELS).default('people'),
  wave: z.uuid().optional().openapi({ description: 'One wave’s ties; all ties when left out.' }),
  relation: z.enum(RELATION_TYPES).optional(),
  table: z
    .enum(['edges', 'nodes'])
    .default('edges')
    .openapi({ description: 'For CSV: the edge table or the node table.' }),
});
