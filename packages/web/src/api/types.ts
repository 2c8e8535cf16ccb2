/**
 * The shapes the API answers with and accepts, derived from the server's zod schemas
 * (`packages/server/src/*\/*.schema.ts`): `z.infer` for what it answers, `z.input` for what it
 * accepts. Only types are imported, so nothing of the server enters the browser bundle, and a
 * server change that breaks a page fails `tsc -p packages/web` (docs/architecture.md says why
 * inference rather than a client generated from docs/openapi.json).
 */
import type { z } from 'zod';
import type { pageOf } from '../../../server/src/shared/pagination.js';
import type { SessionSchema } from '../../../server/src/accounts/session.schema.js';
import type { MembershipSchema } from '../../../server/src/memberships/memberships.schema.js';
import type {
  CreateNetworkBody,
  MemberNetworkSchema,
  NetworkDetail as NetworkDetailSchema,
  NetworkRef as NetworkRefSchema,
  NetworkRegionList as NetworkRegionListSchema,
  NetworkSummary as NetworkSummarySchema,
  UpdateNetworkBody,
} from '../../../server/src/networks/networks.schema.js';
import type {
  OrganisationDetail as OrganisationDetailSchema,
  OrganisationSummary as OrganisationSummarySchema,
} from '../../../server/src/organisations/organisations.schema.js';
import type {
  PersonDetail as PersonDetailSchema,
  PersonSummary as PersonSummarySchema,
} from '../../../server/src/people/people.schema.js';
import type {
  ResourceAdaptation as ResourceAdaptationSchema,
  ResourceDetail as ResourceDetailSchema,
  ResourceInput as ResourceInputSchema,
  ResourcePatch as ResourcePatchSchema,
  ResourceVersionDetail as ResourceVersionDetailSchema,
  ResourceVersionSummary as ResourceVersionSummarySchema,
} from '../../../server/src/resources/resources.schema.js';
import type {
  AdoptionSchema,
  CreateAdoptionBody,
  CreateEvidenceBody,
  EvidenceSchema,
  PracticeDetail as PracticeDetailSchema,
  PracticeSummary as PracticeSummarySchema,
  TravelSchema,
} from '../../../server/src/practices/practices.schema.js';
import type {
  BankActivity as BankActivitySchema,
  CollectionDetail as CollectionDetailSchema,
  CollectionInput as CollectionInputSchema,
  CollectionList as CollectionListSchema,
  CollectionPatch as CollectionPatchSchema,
  CollectionSummary as CollectionSummarySchema,
} from '../../../server/src/collections/collections.schema.js';
import type {
  ResourceHit as ResourceHitSchema,
  ResourceSearchPage as ResourceSearchPageSchema,
  SnippetSchema,
  SuggestionList as SuggestionListSchema,
} from '../../../server/src/resources/resources.search.schema.js';

/** One page of a list endpoint (`pageOf` in http/pagination.ts): its items, and the next cursor. */
export type Page<T> = Omit<z.infer<ReturnType<typeof pageOf>>, 'items'> & { items: T[] };

export type Session = z.infer<typeof SessionSchema>;
export type SessionPerson = Session['person'];

export type NetworkRef = z.infer<typeof NetworkRefSchema>;
export type NetworkSummary = z.infer<typeof NetworkSummarySchema>;
export type NetworkDetail = z.infer<typeof NetworkDetailSchema>;
export type NetworkPermissions = NetworkDetail['permissions'];
export type NetworkRegionList = z.infer<typeof NetworkRegionListSchema>;

/** The editable fields of a network (PATCH /networks/{id}); `parentIds` replaces the parents. */
export type NetworkChanges = z.input<typeof UpdateNetworkBody>;

/** A new network (POST /networks, platform admins): the editable fields plus its fixed slug. */
export type NewNetwork = z.input<typeof CreateNetworkBody>;

export type Membership = z.infer<typeof MembershipSchema>;
export type OrganisationMember = Extract<Membership['member'], { type: 'organisation' }>;
export type PersonMember = Extract<Membership['member'], { type: 'person' }>;

export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;
export type OrganisationDetail = z.infer<typeof OrganisationDetailSchema>;

/** A network someone or something belongs to, with the role held there. */
export type NetworkMembershipRef = z.infer<typeof MemberNetworkSchema>;

export type PersonSummary = z.infer<typeof PersonSummarySchema>;
export type PersonDetail = z.infer<typeof PersonDetailSchema>;
export type OrganisationRef = PersonSummary['organisations'][number];

export type ResourceDetail = z.infer<typeof ResourceDetailSchema>;
export type ResourcePermissions = ResourceDetail['permissions'];
/** A new resource or adaptation (POST /resources, POST /resources/{id}/adaptations). */
export type ResourceInput = z.input<typeof ResourceInputSchema>;
/** The changed fields of a resource (PATCH /resources/{id}), with the version's note. */
export type ResourceChanges = z.input<typeof ResourcePatchSchema>;
export type ResourceVersionSummary = z.infer<typeof ResourceVersionSummarySchema>;
export type ResourceVersionDetail = z.infer<typeof ResourceVersionDetailSchema>;
export type ResourceAdaptation = z.infer<typeof ResourceAdaptationSchema>;
export type ResourceSearchPage = z.infer<typeof ResourceSearchPageSchema>;
export type ResourceHit = z.infer<typeof ResourceHitSchema>;
export type ResourceSnippet = z.infer<typeof SnippetSchema>;
export type ResourceSuggestions = z.infer<typeof SuggestionListSchema>;

export type PracticeSummary = z.infer<typeof PracticeSummarySchema>;
export type PracticeDetail = z.infer<typeof PracticeDetailSchema>;
export type EvidenceBalanceRow = PracticeDetail['balance'][number];
export type EvidenceItem = z.infer<typeof EvidenceSchema>;
export type Adoption = z.infer<typeof AdoptionSchema>;
export type PracticeTravel = z.infer<typeof TravelSchema>;
/** A new evidence item (POST /practices/{id}/evidence). */
export type EvidenceInput = z.input<typeof CreateEvidenceBody>;
/** A new adoption (POST /practices/{id}/adoptions). */
export type AdoptionInput = z.input<typeof CreateAdoptionBody>;
export type CollectionSummary = z.infer<typeof CollectionSummarySchema>;
export type CollectionList = z.infer<typeof CollectionListSchema>;
export type CollectionDetail = z.infer<typeof CollectionDetailSchema>;
export type CollectionItem = CollectionDetail['items'][number];
/** A new collection (POST /networks/{id}/collections). */
export type CollectionInput = z.input<typeof CollectionInputSchema>;
/** The changed fields of a collection (PATCH /collections/{id}). */
export type CollectionChanges = z.input<typeof CollectionPatchSchema>;
/** What a network's members shared and adapted since a day (GET /networks/{id}/bank-activity). */
export type BankActivity = z.infer<typeof BankActivitySchema>;
export type BankActivityItem = BankActivity['items'][number];

// Writing practices, evidence and adoptions (the practice editor and the practice page's edits).
import type {
  CreatePracticeBody,
  UpdateAdoptionBody,
  UpdateEvidenceBody,
  UpdatePracticeBody,
} from '../../../server/src/practices/practices.schema.js';
/** A new practice (POST /practices). */
export type PracticeInput = z.input<typeof CreatePracticeBody>;
/** What changed in a practice (PATCH /practices/{id}). */
export type PracticeChanges = z.input<typeof UpdatePracticeBody>;
/** What changed in an evidence item (PATCH /evidence/{id}). */
export type EvidenceChanges = z.input<typeof UpdateEvidenceBody>;
/** What changed in an adoption (PATCH /adoptions/{id}). */
export type AdoptionChanges = z.input<typeof UpdateAdoptionBody>;

import type { AttachmentView as AttachmentViewSchema } from '../../../server/src/resources/attachments.schema.js';
export type Attachment = z.infer<typeof AttachmentViewSchema>;

// ——— Collaborative inquiry: measures, their charts, the roll-up and evidence from use ———
import type {
  CreateAnnotationBody,
  CreateMeasureBody,
  CreatePhaseBody,
  MeasureChart as MeasureChartSchema,
  MeasureSummary as MeasureSummarySchema,
  PointInput as PointInputSchema,
  PointSchema as MeasurePointSchema,
  PointsWritten as PointsWrittenSchema,
  UpdateMeasureBody,
} from '../../../server/src/inquiry/measures.schema.js';
import type {
  EvidenceFromUse as EvidenceFromUseSchema,
  WhatWorks as WhatWorksSchema,
} from '../../../server/src/inquiry/rollup.schema.js';

export type Measure = z.infer<typeof MeasureSummarySchema>;
export type MeasureInput = z.input<typeof CreateMeasureBody>;
export type MeasureChanges = z.input<typeof UpdateMeasureBody>;
export type MeasurePoint = z.infer<typeof MeasurePointSchema>;
export type MeasurePointInput = z.input<typeof PointInputSchema>;
export type MeasurePointsWritten = z.infer<typeof PointsWrittenSchema>;
export type AnnotationInput = z.input<typeof CreateAnnotationBody>;
export type ChartPhaseInput = z.input<typeof CreatePhaseBody>;
export type MeasureChart = z.infer<typeof MeasureChartSchema>;
export type MeasureSeries = MeasureChart['series'][number];
/** One phase of one school's chart: centre, limits, points, runs figures and signals. */
export type SeriesPhase = MeasureSeries['run']['phases'][number];
export type WhatWorks = z.infer<typeof WhatWorksSchema>;
export type WhatWorksChange = WhatWorks['byChange'][number];
export type WhatWorksResult = WhatWorksChange['results'][number];
export type EvidenceFromUse = z.infer<typeof EvidenceFromUseSchema>;
// Collaborative inquiry (issue 13): inquiries, their team and phases, driver diagrams and PDSA cycles.
import type {
  CreateInquiryBody,
  InquiryDetail as InquiryDetailSchema,
  InquirySummary as InquirySummarySchema,
  PhasesBody,
  ProgressBody,
  TeamBody,
  UpdateInquiryBody,
} from '../../../server/src/inquiry/inquiries.schema.js';
import type {
  CreateCycleBody,
  CycleDetail as CycleDetailSchema,
  CycleSummary as CycleSummarySchema,
  DriverDiagram as DriverDiagramSchema,
  DriverDiagramBody,
  UpdateCycleBody,
} from '../../../server/src/inquiry/cycles.schema.js';
export type InquirySummary = z.infer<typeof InquirySummarySchema>;
export type InquiryDetail = z.infer<typeof InquiryDetailSchema>;
export type InquiryProgress = InquiryDetail['progress'];
/** A new inquiry (POST /inquiries). */
export type InquiryInput = z.input<typeof CreateInquiryBody>;
/** What changed in an inquiry (PATCH /inquiries/{id}). */
export type InquiryChanges = z.input<typeof UpdateInquiryBody>;
/** The whole team (PUT /inquiries/{id}/team). */
export type InquiryTeamInput = z.input<typeof TeamBody>;
/** The corrected phases timeline (PUT /inquiries/{id}/phases). */
export type InquiryPhasesInput = z.input<typeof PhasesBody>;
/** The team's confirmed score (PUT /inquiries/{id}/progress). */
export type InquiryProgressInput = z.input<typeof ProgressBody>;
export type DriverDiagram = z.infer<typeof DriverDiagramSchema>;
/** The whole diagram (PUT /inquiries/{id}/driver-diagram). */
export type DriverDiagramInput = z.input<typeof DriverDiagramBody>;
export type CycleSummary = z.infer<typeof CycleSummarySchema>;
export type CycleDetail = z.infer<typeof CycleDetailSchema>;
export type CycleInput = z.input<typeof CreateCycleBody>;
export type CycleChanges = z.input<typeof UpdateCycleBody>;
