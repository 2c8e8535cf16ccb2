import { z } from '@hono/zod-openapi';
import { ANALYSIS_LEVELS } from '../shared/vocabulary.js';
import { BROKERAGE_ROLES } from './compute.js';

export const MAP_STATUSES = ['pending', 'ready', 'failed'] as const;
export type MapStatus = (typeof MAP_STATUSES)[number];

const column = <T extends z.ZodType>(item: T, description: string) => z.array(item).openapi({ description });

/** One array per node attribute, in `analysis_nodes.index` order: no object per node on 20,000 nodes. */
const MapNodes = z
  .object({
    id: column(
      z.uuid().nullable(),
      'The person or organisation; null for people outside Trellis and for people when anonymised.',
    ),
    label: column(
      z.string().nullable(),
      'The name; null for people (and people outside Trellis) when anonymised. Organisations are always named.',
    ),
    group: column(z.int(), 'Index into `groups` (the node’s organisation), −1 for none.'),
    network: column(
      z.int(),
      'Index into `networks`: the first child network the node belongs to, −1 for none.',
    ),
    inNetwork: column(z.boolean(), 'A member of the network (else someone its members named).'),
    x: column(z.number(), 'Layout position.'),
    y: column(z.number(), 'Layout position.'),
    community: column(z.int(), 'Louvain community.'),
    brokerageRole: column(z.enum(BROKERAGE_ROLES).nullable(), 'The Gould–Fernandez role it plays most.'),
    isolate: column(z.boolean(), 'No ties at all.'),
    cutPoint: column(z.boolean(), 'A single point of failure (articulation point).'),
    degree: column(z.int(), 'Ties in and out.'),
    betweenness: column(z.number(), 'Normalised betweenness.'),
    closeness: column(z.number(), 'Closeness.'),
    pagerank: column(z.number(), 'PageRank.'),
    eigenvector: column(z.number().nullable(), 'Eigenvector centrality; null when it did not converge.'),
    constraint: column(z.number().nullable(), 'Burt’s constraint; null for isolates.'),
    effectiveSize: column(z.number().nullable(), 'Burt’s effective size; null for isolates.'),
    core: column(z.int(), 'Core number.'),
  })
  .openapi('AnalysisMapNodes');

export const AnalysisMap = z
  .object({
    analysisId: z.uuid(),
    level: z.enum(ANALYSIS_LEVELS),
    status: z.enum(MAP_STATUSES).openapi({
      description:
        '`pending`: the analysis is queued or running, or done and its layout is still being computed (poll); `failed`: the analysis failed; `ready`: everything below is filled in.',
    }),
    showsNames: z
      .boolean()
      .openapi({ description: 'False when people are anonymised for the caller (labels and ids null).' }),
    computedAt: z
      .string()
      .nullable()
      .openapi({ description: 'When the layout was stored; null until ready.' }),
    groups: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .openapi({ description: 'The organisations the nodes belong to, by name.' }),
    networks: z
      .array(z.object({ id: z.uuid(), name: z.string(), slug: z.string() }))
      .openapi({ description: 'This network’s child networks, by name (may be empty).' }),
    nodes: MapNodes,
    edges: z
      .object({
        source: z.array(z.int()),
        target: z.array(z.int()),
        weight: z.array(z.number()),
      })
      .openapi({
        description:
          'The ties by node index, one per directed pair (from → to), weights of several ties between the same two added up.',
      }),
  })
  .openapi('AnalysisMap');

export type AnalysisMapBody = z.infer<typeof AnalysisMap>;
