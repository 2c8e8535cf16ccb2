/**
 * The demo region while it is being generated: the rows each table will receive, plus the
 * generator's own bookkeeping (which school a teacher works at, which key names which partner)
 * that later steps read. Nothing here touches the database; `write.ts` does, once, at the end.
 */
import type { accounts } from '../accounts/accounts.table.js';
import type { memberships } from '../memberships/memberships.table.js';
import type { networkParents, networks } from '../networks/networks.table.js';
import type { organisations } from '../organisations/organisations.table.js';
import type { affiliations, people } from '../people/people.table.js';
import type {
  surveyNominations,
  surveyQuestions,
  surveyResponses,
  surveys,
  surveyWaves,
} from '../surveys/surveys.table.js';
import type { collectionItems, collections } from '../collections/collections.table.js';
import type { adoptions, evidenceItems, practiceResources, practices } from '../practices/practices.table.js';
import type { resourceAuthors, resources, resourceVersions } from '../resources/resources.table.js';
import type { Municipality } from './geography.js';

type WithId<T> = T & { id: string };
export type OrganisationRow = WithId<typeof organisations.$inferInsert>;
export type PersonRow = WithId<typeof people.$inferInsert>;
export type AffiliationRow = WithId<typeof affiliations.$inferInsert>;
export type NetworkRow = WithId<typeof networks.$inferInsert>;
export type NetworkParentRow = typeof networkParents.$inferInsert;
export type MembershipRow = WithId<typeof memberships.$inferInsert>;
export type AccountRow = typeof accounts.$inferInsert;
export type SurveyRow = WithId<typeof surveys.$inferInsert>;
export type SurveyQuestionRow = WithId<typeof surveyQuestions.$inferInsert>;
export type SurveyWaveRow = WithId<typeof surveyWaves.$inferInsert>;
export type SurveyResponseRow = WithId<typeof surveyResponses.$inferInsert>;
export type SurveyNominationRow = WithId<typeof surveyNominations.$inferInsert>;
export type ResourceRow = WithId<typeof resources.$inferInsert>;
export type ResourceAuthorRow = typeof resourceAuthors.$inferInsert;
export type ResourceVersionRow = typeof resourceVersions.$inferInsert;
export type PracticeRow = WithId<typeof practices.$inferInsert>;
export type PracticeResourceRow = typeof practiceResources.$inferInsert;
export type EvidenceItemRow = WithId<typeof evidenceItems.$inferInsert>;
export type AdoptionRow = WithId<typeof adoptions.$inferInsert>;
export type CollectionRow = WithId<typeof collections.$inferInsert>;
export type CollectionItemRow = typeof collectionItems.$inferInsert;

/** The type of school, as its name prefix says in Spain (CEIP, IES, CRA…). */
export type SchoolType = 'ceip' | 'cra' | 'ies' | 'concertada' | 'private' | 'eei' | 'cee' | 'cepa' | 'cifp';

/** A person with their current place of work. */
export interface DemoPerson {
  row: PersonRow;
  organisation: DemoOrganisation;
  /** The affiliation role, a code of `AFFILIATION_ROLES`: `headteacher`, `teacher`, `teacher_advisor`… */
  role: string;
  /** Headteachers, heads of studies and secretaries: who sits on coordinating committees. */
  leader: boolean;
}

export interface DemoOrganisation {
  row: OrganisationRow;
  municipality: Municipality;
  /** Set for schools. */
  schoolType: SchoolType | null;
  /** A stable handle for the fixed (non-school) organisations, e.g. `authority`, `uni-valdemar`. */
  key: string | null;
  staff: DemoPerson[];
}

export interface DemoNetwork {
  row: NetworkRow;
  /** Member schools (current organisation memberships of kind school). */
  schools: DemoOrganisation[];
  partners: DemoOrganisation[];
  /** Person memberships by role. */
  people: Map<string, DemoPerson[]>;
}

/** Everything generated so far; each step reads what earlier steps made and appends its own rows. */
export interface DemoRegion {
  seed: number;
  scale: number;
  schools: DemoOrganisation[];
  otherOrganisations: DemoOrganisation[];
  people: DemoPerson[];
  networks: DemoNetwork[];
  rows: {
    organisations: OrganisationRow[];
    people: PersonRow[];
    affiliations: AffiliationRow[];
    networks: NetworkRow[];
    networkParents: NetworkParentRow[];
    memberships: MembershipRow[];
    accounts: AccountRow[];
    surveys: SurveyRow[];
    surveyQuestions: SurveyQuestionRow[];
    surveyWaves: SurveyWaveRow[];
    surveyResponses: SurveyResponseRow[];
    surveyNominations: SurveyNominationRow[];
    resources: ResourceRow[];
    resourceAuthors: ResourceAuthorRow[];
    resourceVersions: ResourceVersionRow[];
    practices: PracticeRow[];
    practiceResources: PracticeResourceRow[];
    evidenceItems: EvidenceItemRow[];
    adoptions: AdoptionRow[];
    collections: CollectionRow[];
    collectionItems: CollectionItemRow[];
  };
}

export function emptyRegion(seed: number, scale: number): DemoRegion {
  return {
    seed,
    scale,
    schools: [],
    otherOrganisations: [],
    people: [],
    networks: [],
    rows: {
      organisations: [],
      people: [],
      affiliations: [],
      networks: [],
      networkParents: [],
      memberships: [],
      accounts: [],
      surveys: [],
      surveyQuestions: [],
      surveyWaves: [],
      surveyResponses: [],
      surveyNominations: [],
      resources: [],
      resourceAuthors: [],
      resourceVersions: [],
      practices: [],
      practiceResources: [],
      evidenceItems: [],
      adoptions: [],
      collections: [],
      collectionItems: [],
    },
  };
}

/** The fixed organisation with this key; the generator's own catalogue always has it. */
export function organisationByKey(region: DemoRegion, key: string): DemoOrganisation {
  const found = region.otherOrganisations.find((organisation) => organisation.key === key);
  if (!found) throw new Error(`Demo organisation "${key}" is missing`);
  return found;
}

/** The same count scaled to the build, never below `minimum`. */
export const scaled = (region: DemoRegion, count: number, minimum = 1) =>
  Math.max(minimum, Math.round(count * region.scale));
