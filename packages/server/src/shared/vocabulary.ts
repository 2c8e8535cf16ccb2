/**
 * The controlled vocabularies of the domain, declared once: the database enums, the request
 * schemas, the CSV importers and the web app's labels all derive from these lists.
 * Sources: DESIGN.md capability 1; seeds 000 §2–4 (approaches, stakeholders within/between/beyond
 * schools) and 001 §2 (coordinating committees, facilitators, evaluation committees).
 */

export const ORGANISATION_KINDS = [
  'school',
  'university',
  'ngo',
  'local_service',
  'family_association',
  'teacher_centre',
  'authority',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SCHOOL_STAGES = [
  'early_childhood',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'adult',
  'special_education',
] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];

/** Publicly funded private schools (Spain's 'concertada') are their own sector. */
export const SCHOOL_SECTORS = ['public', 'publicly_funded_private', 'private'] as const;
export type SchoolSector = (typeof SCHOOL_SECTORS)[number];

/** Size bands by enrolment: under 100, 100–299, 300–599, 600–999, 1000 or more pupils. */
export const SIZE_BANDS = ['xs', 's', 'm', 'l', 'xl'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const PERSON_KINDS = [
  'teacher',
  'leader',
  'advisor',
  'researcher',
  'family_member',
  'student',
  'community_agent',
  'administrator',
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const NETWORK_KINDS = [
  'pln',
  'school_to_school',
  'socio_educational',
  'inter_sectoral',
  'university_school',
  'rural_micro_centre',
  'trust_federation',
  'alliance',
  'network_of_networks',
] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** The five-level typology of networks (seed 002), from 1 (sharing practice) to 5 (system renewal). */
export const NETWORK_LEVELS = [
  'sharing_practice',
  'school_improvement',
  'policy_implementation',
  'social_justice',
  'system_renewal',
] as const;
export type NetworkLevelName = (typeof NETWORK_LEVELS)[number];
export const MIN_NETWORK_LEVEL = 1;
export const MAX_NETWORK_LEVEL = NETWORK_LEVELS.length;

/** Whom a network joins: colleagues within a school, schools with each other, or schools with partners beyond them. */
export const NETWORK_SCOPES = ['within', 'between', 'beyond'] as const;
export type NetworkScope = (typeof NETWORK_SCOPES)[number];

/** Seed 000 §4.2: networks that emerge and are enabled, or that are mandated and directed. */
export const NETWORK_APPROACHES = ['enabled', 'directive'] as const;
export type NetworkApproach = (typeof NETWORK_APPROACHES)[number];

export const NETWORK_STATUSES = ['forming', 'active', 'paused', 'closed'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];

/** `public`: anyone may see the network and its member organisations; `members`: only its members and admins. */
export const NETWORK_VISIBILITIES = ['public', 'members'] as const;
export type NetworkVisibility = (typeof NETWORK_VISIBILITIES)[number];

/**
 * What a person does in an organisation (an affiliation's role). Stored as the code; the web app
 * shows its label in the reader's language. A role given in an import that is not one of these is
 * kept as written and shown so.
 */
export const AFFILIATION_ROLES = [
  'teacher',
  'headteacher',
  'head_of_studies',
  'secretary',
  'school_counsellor',
  'education_officer',
  'director_general',
  'director',
  'researcher',
  'dean_of_education',
  'teacher_advisor',
  'community_educator',
  'coordinator',
  'social_worker',
  'head_of_service',
  'family_representative',
  'president',
] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

export const MEMBERSHIP_ROLES = [
  'coordinator',
  'coordinating_committee',
  'facilitator',
  'evaluator',
  'member',
  'external_partner',
  'observer',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** What a name-generator question asks about ("Whom do you go to for advice about teaching?"). */
export const RELATION_TYPES = ['advice', 'collaboration', 'resource_sharing', 'trust', 'other'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** `draft`: being written, no wave yet; `active`: has waves; `archived`: kept for its data, no new waves. */
export const SURVEY_STATUSES = ['draft', 'active', 'archived'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const WAVE_STATUSES = ['open', 'closed'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

/**
 * Who a wave asks: `everyone` who answers the network's surveys, the staff of chosen
 * `organisations`, members in chosen `roles`, or a list of `people`.
 */
export const RESPONDENT_CHOICES = ['everyone', 'organisations', 'roles', 'people'] as const;
export type RespondentChoice = (typeof RESPONDENT_CHOICES)[number];

export const RESPONSE_STATUSES = ['draft', 'submitted'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** Where a tie came from: a survey answer, a CSV import, or activity on the platform (later). */
export const TIE_SOURCES = ['survey', 'import', 'activity'] as const;
export type TieSource = (typeof TIE_SOURCES)[number];

/** Whose network an analysis maps: people, or organisations (ties between their people, summed). */
export const ANALYSIS_LEVELS = ['people', 'organisations'] as const;
export type AnalysisLevel = (typeof ANALYSIS_LEVELS)[number];

/** An analysis is queued, computed in the background, then stored as a snapshot pages read. */
export const ANALYSIS_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

/**
 * What erasing a person does to the ties that name them in a network, as its evaluators choose:
 * re-key them to an anonymous tombstone (measures stay as they were) or remove them.
 */
export const ERASED_TIES_CHOICES = ['tombstone', 'remove'] as const;
export type ErasedTiesChoice = (typeof ERASED_TIES_CHOICES)[number];

/**
 * The knowledge bank (DESIGN.md capability 3; seed 001 §4: "cards, plans, projects, protocols and
 * programs"): what kind of resource it is, which stages it serves, and under which licence.
 */
export const RESOURCE_TYPES = [
  'card',
  'plan',
  'project',
  'protocol',
  'programme',
  'lesson',
  'toolkit',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** The stages a resource is written for; `all` when it serves every stage. */
export const RESOURCE_STAGES = [
  'early_years',
  'primary',
  'secondary',
  'upper_secondary',
  'vocational',
  'adult',
  'all',
] as const;
export type ResourceStage = (typeof RESOURCE_STAGES)[number];

/** The Creative Commons licences, as SPDX identifiers. */
export const RESOURCE_LICENCES = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
] as const;
export type ResourceLicence = (typeof RESOURCE_LICENCES)[number];

/** `draft`: its authors only; `network`: the network's members; `public`: everyone. */
export const RESOURCE_VISIBILITIES = ['draft', 'network', 'public'] as const;
export type ResourceVisibility = (typeof RESOURCE_VISIBILITIES)[number];

/** The languages content is written in (the same two the app speaks). */
export const CONTENT_LANGUAGES = ['es', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/**
 * Practices (issue 12): an evidence item supports, contrasts or gives a mixed picture of a
 * practice's claim; it is a study, data from the platform or a testimony.
 */
export const EVIDENCE_DIRECTIONS = ['supports', 'contrasts', 'mixed'] as const;
export type EvidenceDirection = (typeof EVIDENCE_DIRECTIONS)[number];

export const EVIDENCE_KINDS = ['study', 'platform_data', 'testimony'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * Nesta's Standards of Evidence (Puttick & Ludlow 2013), the one scale evidence is rated on:
 * 1 a theory of change, 2 data showing change, 3 causation with a comparison group, 4 independent
 * replication, 5 scaled and run by others elsewhere. Chosen over ESSA's tiers because a school's
 * own innovation starts at level 1, which ESSA's study designs have no place for (docs/knowledge-bank.md).
 */
export const EVIDENCE_LEVELS = [1, 2, 3, 4, 5] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** How a school took a practice up: as it was, changed (saying how), or tried and dropped. */
export const ADOPTION_MODES = ['adopted', 'adapted', 'abandoned'] as const;
export type AdoptionMode = (typeof ADOPTION_MODES)[number];

/**
 * How long a sign-in at a school's identity provider counts as "just now": someone without a
 * password confirms an erasure with one (personal-data/confirm-identity.ts), and the page says so.
 */
export const RECENT_SIGN_IN_MINUTES = 10;

/**
 * The files a resource may carry, named by the extension Trellis gives them and the media type it
 * serves them as. What a file is comes from its bytes (resources/file-types.ts), never its name:
 * an upload whose bytes are none of these is refused. SVG and HTML are absent on purpose: a
 * browser runs their scripts.
 */
export const ATTACHMENT_FILE_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  rtf: 'application/rtf',
  epub: 'application/epub+zip',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
} as const;
export type AttachmentExtension = keyof typeof ATTACHMENT_FILE_TYPES;
/** The largest attachment by default, in megabytes (TRELLIS_MAX_UPLOAD_MB). */
export const DEFAULT_MAX_UPLOAD_MB = 25;

// ——— Collaborative inquiry (issue 13: inquiry/, docs/inquiry.md) ———

/**
 * The two shapes an inquiry takes: the Spiral of Inquiry (Timperley, Kaser & Halbert) and the
 * Model for Improvement (Langley et al.). One model holds both; only the phases differ.
 */
export const INQUIRY_MODELS = ['spiral', 'improvement'] as const;
export type InquiryModel = (typeof INQUIRY_MODELS)[number];

/** The phases of each shape, in the order a team moves through them. */
export const INQUIRY_PHASES = {
  spiral: ['scanning', 'focusing', 'hunch', 'learning', 'action', 'checking'],
  improvement: ['aim', 'measures', 'change_ideas', 'testing', 'spreading'],
} as const satisfies Record<InquiryModel, readonly string[]>;
export const ALL_INQUIRY_PHASES = [...INQUIRY_PHASES.spiral, ...INQUIRY_PHASES.improvement] as const;
export type InquiryPhase = (typeof ALL_INQUIRY_PHASES)[number];

/** `active` while the team works on it; `concluded` when it reached its decision; `paused`. */
export const INQUIRY_STATUSES = ['active', 'paused', 'concluded'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/**
 * Who sees an inquiry besides its team and the network's coordinators and evaluators (who always
 * do): nobody (`team`), or everyone in the network (`network`), by the team's choice.
 */
export const INQUIRY_VISIBILITIES = ['team', 'network'] as const;
export type InquiryVisibility = (typeof INQUIRY_VISIBILITIES)[number];

/** A team's lead keeps its membership; everyone in the team edits the inquiry. */
export const INQUIRY_TEAM_ROLES = ['lead', 'member'] as const;
export type InquiryTeamRole = (typeof INQUIRY_TEAM_ROLES)[number];

/** The student outcome an inquiry's question is tied to: what the "what works here" page groups by. */
export const OUTCOME_AREAS = [
  'literacy',
  'numeracy',
  'science',
  'languages',
  'attendance',
  'wellbeing',
  'belonging',
  'transitions',
  'completion',
  'other',
] as const;
export type OutcomeArea = (typeof OUTCOME_AREAS)[number];

/** Driver diagram nodes below the aim; change ideas are their own rows, linked to any drivers. */
export const DRIVER_LEVELS = ['primary', 'secondary'] as const;
export type DriverLevel = (typeof DRIVER_LEVELS)[number];

/** What a PDSA cycle is for (Langley et al.), and what the team decided at its end. */
export const PDSA_PURPOSES = ['collect_information', 'develop', 'test', 'implement'] as const;
export type PdsaPurpose = (typeof PDSA_PURPOSES)[number];
export const PDSA_DECISIONS = ['adopt', 'adapt', 'abandon', 'scale_up'] as const;
export type PdsaDecision = (typeof PDSA_DECISIONS)[number];

/** The family of measures (outcome, process, balancing) and what each point holds. */
export const MEASURE_KINDS = ['outcome', 'process', 'balancing'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
/** `value`: one number per period (an I chart); `proportion`: numerator / denominator (a P chart). */
export const MEASURE_TYPES = ['value', 'proportion'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
/** Which way is better: `up` (higher values) or `down`. */
export const MEASURE_DIRECTIONS = ['up', 'down'] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];
/**
 * Whom a proportion's denominator counts. Pupils are counted only in groups of at least
 * MIN_PUPILS_PER_FIGURE, so that no point says something about one child.
 */
export const MEASURE_POPULATIONS = ['pupils', 'teachers', 'families', 'other'] as const;
export type MeasurePopulation = (typeof MEASURE_POPULATIONS)[number];

/** Any figure about pupils rests on at least this many (DESIGN.md's privacy rules). */
export const MIN_PUPILS_PER_FIGURE = 10;

/**
 * The IHI Assessment Scale for collaboratives, 0.5–5 in half steps. A score above the first cap
 * needs a measure with a target that has data; above the second, a signal in the better direction
 * (inquiry/progress.ts); a team may go past either with a reason, which is shown.
 */
export const PROGRESS_SCORES = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;
export type ProgressScore = (typeof PROGRESS_SCORES)[number];
export const PROGRESS_CAP_WITHOUT_DATA = 2.5;
export const PROGRESS_CAP_WITHOUT_SIGNAL = 3;
