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

const ComponentSummary = z.object({
  count: z.int(),
  sizes: z.array(z.int()).openapi({ description: 'Their sizes, largest first.' }),
});

/** How the map changed since the survey's previous wave (`wave-change.ts`). */
export const WaveChange = z
  .object({
    previousWaveId: z.uuid(),
    tiesGained: z.int().openapi({ description: 'Directed pairs tied now and not in the previous wave.' }),
    tiesLost: z.int().openapi({ description: 'Directed pairs tied in the previous wave and not now.' }),
    densityChange: z.number().nullable(),
    eiChange: z.number().nullable(),
    outwardEiChange: z.number().nullable(),
    organisationEiChange: z.number().nullable(),
  })
  .openapi('WaveChange', {
    description:
      'Ties gained and lost since the previous wave of the survey, and the change (this wave minus the previous) in density and the E-I indices; a change is null when either wave has no value.',
  });

/**
 * The graph-level measures an analysis stores (`run-analysis.ts`): the engine's (`@trellis/sna`
 * `GraphMeasures`, see packages/sna/docs/measures.md) and Trellis's own below them.
 */
export const AnalysisGraph = z
  .object({
    directed: z.boolean(),
    weighted: z.boolean(),
    nodeCount: z.int(),
    edgeCount: z.int(),
    selfLoopCount: z.int(),
    isolateCount: z.int(),
    density: z.number(),
    reciprocity: z
      .number()
      .nullable()
      .openapi({ description: 'Null for undirected graphs, or without ties.' }),
    transitivity: z.number(),
    averageClustering: z.number(),
    weakComponents: ComponentSummary,
    strongComponents: ComponentSummary.nullable().openapi({ description: 'Null for undirected graphs.' }),
    degreeCentralization: z.number(),
    inDegreeCentralization: z.number().nullable(),
    outDegreeCentralization: z.number().nullable(),
    largestComponentSize: z.int().openapi({
      description:
        'Size of the largest (strong, if directed) component, on which the two distances are measured.',
    }),
    diameter: z.number(),
    averageShortestPath: z.number(),
    betweenness: z
      .object({
        exact: z.boolean(),
        pivots: z.int().nullable(),
        seed: z.int().nullable(),
        errorBound: z.number().nullable(),
      })
      .openapi({ description: 'Whether betweenness was exact or sampled from pivots, and its error bound.' }),
    eigenvectorConverged: z.boolean(),
    communities: z.object({
      method: z.literal('louvain'),
      count: z.int().openapi({
        description:
          'Communities of two or more nodes, numbered 0..count−1 largest first; a node alone in its community is not counted (see `singletons`).',
      }),
      singletons: z.int().openapi({
        description: 'Nodes alone in their community (isolates, mostly), numbered after the communities.',
      }),
      modularity: z.number(),
      resolution: z.number(),
      seed: z.int(),
    }),
    attribute: z
      .object({
        name: z.string(),
        groups: z.int(),
        eiIndex: z.number().nullable(),
        assortativity: z.number().nullable(),
        modularity: z.number(),
      })
      .optional()
      .openapi({
        description:
          'The nodes’ groups (for people, their organisation; anyone without one alone): E-I index, assortativity and modularity of the partition.',
      }),
    outwardEiIndex: z.number().nullable().openapi({
      description: 'People level: ties members make outside the network against inside it; null otherwise.',
    }),
    organisationEiIndex: z.number().nullable().openapi({
      description:
        'People level: ties between two people of different organisations against ties within one; ties to anyone without an organisation left out.',
    }),
    memberCount: z.int().openapi({ description: 'Nodes that are members of the network.' }),
    changeSincePreviousWave: WaveChange.nullable().openapi({
      description: 'For a wave after the first whose previous wave was analysed; else null.',
    }),
  })
  .openapi('AnalysisGraph', {
    description:
      'Graph-level measures of a finished analysis (see packages/sna/docs/measures.md), null until it is done; aggregate, so every viewer sees them. The engine’s, then Trellis’s own: `outwardEiIndex`, `organisationEiIndex`, `memberCount` and `changeSincePreviousWave`.',
  });

export type AnalysisGraphMeasures = z.infer<typeof AnalysisGraph>;

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
    // Null until done (the component is marked nullable: zod-openapi folds a named schema's null in).
    graph: AnalysisGraph.nullable(),
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
    affiliation: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .openapi({
        description: `A person’s organisation, as the map groups them (null for an organisation or anyone without one). ${NOT_SHOWN}`,
      }),
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
      .enum(BROKERAGE_ROLES)
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

export const OwnPosition = z
  .object({
    position: z
      .object({
        degree: z.int(),
        inDegree: z.int().nullable(),
        outDegree: z.int().nullable(),
        betweenness: z.number(),
        isolate: z.boolean(),
        cutPoint: z.boolean(),
        brokerageRole: z.enum(BROKERAGE_ROLES).nullable(),
        communitySize: z
          .int()
          .nullable()
          .openapi({ description: 'People in the caller’s community, them included; null when alone.' }),
      })
      .nullable()
      .openapi({ description: 'Null when the caller is not on this map (or it is a map of organisations).' }),
  })
  .openapi('OwnPosition', {
    description: 'Where the caller stands on the map: their own node only, never anyone else’s.',
  });
