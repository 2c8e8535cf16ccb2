import { z } from '@hono/zod-openapi';
import { ANALYSIS_LEVELS } from '../shared/vocabulary.js';
import { BROKERAGE_ROLES } from './compute.js';

export const MAP_STATUSES = ['pending', 'ready', 'failed'] as const;
export type MapStatus = (typeof MAP_STATUSES)[number];

const column = <T extends z.ZodType>(item: T, description: string) => z.array(item).openapi({ description });

const NOT_SHOWN =
  'On an anonymised map (`showsNames` false), null where not shown: fewer than `anonymity.k` nodes share the value, alone or with the node’s other shown attributes.';
const BANDED = (what: string) =>
  `${what}. On an anonymised map, the index of its band in \`anonymity.bands\` (0 = lowest) instead, null where not shown or not available.`;

/**
 * One array per node attribute, no object per node on 20,000 nodes: in `analysis_nodes.index`
 * order for callers who may see names, in the analysis's keyed random order otherwise.
 */
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
    group: column(
      z.int().nullable(),
      `Index into \`groups\` (the node’s organisation), −1 for none. ${NOT_SHOWN} Organisations with fewer than k people on the map are never shown.`,
    ),
    network: column(
      z.int().nullable(),
      `Index into \`networks\`: the first child network the node belongs to, −1 for none. ${NOT_SHOWN}`,
    ),
    inNetwork: column(
      z.boolean().nullable(),
      `A member of the network (else someone its members named). ${NOT_SHOWN}`,
    ),
    x: column(z.number(), 'Layout position.'),
    y: column(z.number(), 'Layout position.'),
    community: column(
      z.int().nullable(),
      `Louvain community; on an anonymised map numbered by size (0 = largest). ${NOT_SHOWN}`,
    ),
    brokerageRole: column(
      z.enum(BROKERAGE_ROLES).nullable(),
      `The Gould–Fernandez role it plays most; null for none. ${NOT_SHOWN}`,
    ),
    isolate: column(z.boolean().nullable(), `No ties at all. ${NOT_SHOWN}`),
    cutPoint: column(z.boolean().nullable(), `A single point of failure (articulation point). ${NOT_SHOWN}`),
    degree: column(z.int().nullable(), BANDED('Ties in and out')),
    betweenness: column(z.number().nullable(), BANDED('Normalised betweenness')),
    closeness: column(z.number().nullable(), BANDED('Closeness')),
    pagerank: column(z.number().nullable(), BANDED('PageRank')),
    eigenvector: column(
      z.number().nullable(),
      BANDED('Eigenvector centrality; null when it did not converge'),
    ),
    constraint: column(z.number().nullable(), BANDED('Burt’s constraint; null for isolates')),
    effectiveSize: column(z.number().nullable(), BANDED('Burt’s effective size; null for isolates')),
    core: column(z.int().nullable(), BANDED('Core number')),
  })
  .openapi('AnalysisMapNodes');

export const MeasureBand = z
  .object({
    min: z.number().openapi({ description: 'The lowest value in the band.' }),
    max: z.number().openapi({ description: 'The highest value in the band.' }),
    count: z.int().openapi({ description: 'How many nodes are in it (at least k).' }),
  })
  .openapi('MeasureBand');

const bandList = z.array(MeasureBand);

/** How an anonymised answer generalised its nodes; null when the caller sees names. */
export const Anonymity = z
  .object({
    k: z.int().openapi({
      description:
        'The smallest class shown: every combination of attributes shown on a node is shared by at least k nodes.',
    }),
    bands: z
      .object({
        degree: bandList,
        betweenness: bandList,
        core: bandList,
        pagerank: bandList,
        closeness: bandList,
        eigenvector: bandList,
        constraint: bandList,
        effectiveSize: bandList,
      })
      .openapi({
        description:
          'Each measure cut into quantile bands of at least k nodes, lowest first (at most five; none when fewer than k nodes have a value).',
      }),
  })
  .nullable()
  .openapi('Anonymity');

export const AnalysisMap = z
  .object({
    analysisId: z.uuid(),
    level: z.enum(ANALYSIS_LEVELS),
    status: z.enum(MAP_STATUSES).openapi({
      description:
        '`pending`: the analysis is queued or running, or done and its layout is still being computed (poll); `failed`: the analysis failed; `ready`: everything below is filled in.',
    }),
    showsNames: z.boolean().openapi({
      description:
        'False when people are anonymised for the caller: labels and ids null, nodes in a random order of their own, attributes generalised (see `anonymity`).',
    }),
    anonymity: Anonymity,
    computedAt: z
      .string()
      .nullable()
      .openapi({ description: 'When the layout was stored; null until ready.' }),
    groups: z.array(z.object({ id: z.uuid(), name: z.string() })).openapi({
      description:
        'The organisations the nodes belong to, by name; on an anonymised map only those shown on some node.',
    }),
    networks: z.array(z.object({ id: z.uuid(), name: z.string(), slug: z.string() })).openapi({
      description:
        'This network’s child networks, by name (may be empty); on an anonymised map only those shown on some node.',
    }),
    nodes: MapNodes,
    edges: z
      .object({
        source: z.array(z.int()),
        target: z.array(z.int()),
        weight: z.array(z.number()),
      })
      .openapi({
        description:
          'The ties by node position, one per directed pair (from → to), sorted by source then target, weights of several ties between the same two added up.',
      }),
  })
  .openapi('AnalysisMap');

export type AnalysisMapBody = z.infer<typeof AnalysisMap>;
