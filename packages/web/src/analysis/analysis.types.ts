/**
 * The shapes of the network-analysis API, derived from the server's schemas
 * (`packages/server/src/analytics/analyses.schema.ts` and `map.schema.ts`) as `api/types.ts`
 * derives the rest: types only, so nothing of the server enters the browser bundle.
 */
import type { z } from 'zod';
import type {
  AnalysisGraph,
  AnalysisList as AnalysisListSchema,
  AnalysisNode as AnalysisNodeSchema,
  AnalysisNodePage as AnalysisNodePageSchema,
  AnalysisSummary as AnalysisSummarySchema,
  GraphExportQuery,
  NodeListQuery,
  OwnPosition as OwnPositionSchema,
  RequestAnalysisBody,
  WaveChange as WaveChangeSchema,
} from '../../../server/src/analytics/analyses.schema.js';
import type {
  AnalysisMap as AnalysisMapSchema,
  Anonymity as AnonymitySchema,
  MeasureBand as MeasureBandSchema,
} from '../../../server/src/analytics/map.schema.js';
import type { SurveyDetail } from '../../../server/src/surveys/surveys.schema.js';
import type { AnalysisSettings as AnalysisSettingsSchema } from '../../../server/src/analytics/analysis-settings.schema.js';

/** Which survey the network's suggestions use (GET/PUT /networks/{id}/analysis-settings). */
export type AnalysisSettings = z.infer<typeof AnalysisSettingsSchema>;

export { BROKERAGE_ROLES, type BrokerageRole } from '../../../sna/src/structural-holes/brokerage-roles.js';

/** How the map changed since the survey's previous wave (present for a wave after the first). */
export type WaveChange = z.infer<typeof WaveChangeSchema>;

/** The graph-level measures of a finished analysis (`packages/sna/docs/measures.md`). */
export type GraphMeasures = z.infer<typeof AnalysisGraph>;

export type AnalysisSummary = z.infer<typeof AnalysisSummarySchema>;

/** Where the caller stands on a map (GET /analyses/{id}/position). */
export type OwnPosition = z.infer<typeof OwnPositionSchema>;
export type AnalysisList = z.infer<typeof AnalysisListSchema>;

/** Which ties an analysis covers (POST /networks/{id}/analyses): a level, one wave and relation or all (null). */
export type Selection = z.output<typeof RequestAnalysisBody>;

/** The node table's query as the server reads it (`withQuery` turns booleans into `true`/`false`). */
export type NodeListParams = z.output<typeof NodeListQuery>;

/** What the graph export (GET /networks/{id}/graph) may be asked for. */
export type GraphExportParams = z.output<typeof GraphExportQuery>;

/** The node measures the table sorts by. */
export { NODE_MEASURES as NODE_SORTS } from '../../../server/src/analytics/node-measures.js';
export type { NodeMeasure as NodeSort } from '../../../server/src/analytics/node-measures.js';

/** A band of a measure on an anonymised answer: its lowest and highest value, and how many nodes. */
export type MeasureBand = z.infer<typeof MeasureBandSchema>;

/**
 * How an anonymised answer generalised its nodes (null when the caller sees names): nothing is
 * shown that fewer than k nodes share, and measures are band indices into `bands`.
 */
export type Anonymity = NonNullable<z.infer<typeof AnonymitySchema>>;

/** The measures an anonymised answer shows as bands. */
export type BandedMeasure = keyof Anonymity['bands'];
export const BANDED_MEASURES = [
  'degree',
  'betweenness',
  'core',
  'pagerank',
  'closeness',
  'eigenvector',
  'constraint',
  'effectiveSize',
] as const satisfies readonly BandedMeasure[];

/**
 * A row of the node table. For anonymised callers, `index` is the map's keyed position, the
 * banded measures are band indices, and anything not shown is null.
 */
export type AnalysisNode = z.infer<typeof AnalysisNodeSchema>;
export type AnalysisNodePage = z.infer<typeof AnalysisNodePageSchema>;

/** The stored map of an analysis: columnar arrays, one entry per node (see /analyses/{id}/map). */
export type AnalysisMap = z.infer<typeof AnalysisMapSchema>;

/** The map's node columns; on an anonymised map null where not shown, measures as band indices. */
export type MapNodeColumns = AnalysisMap['nodes'];

/** A survey with its waves, as `GET /networks/{id}/surveys` lists them (waves are what an analysis can be limited to). */
export type SurveyWithWaves = z.infer<typeof SurveyDetail>;
