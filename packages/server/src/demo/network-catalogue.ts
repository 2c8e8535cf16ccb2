/**
 * The demo region's networks: one of each kind the sources describe, at every level of the
 * typology, enabled and directive, within, between and beyond schools (seeds 000 §2–4, 001 §2,
 * 002 Hopkins' five levels), and the regional network of networks that holds most of them.
 */
import type {
  NetworkApproach,
  NetworkKind,
  NetworkScope,
  NetworkStatus,
  NetworkVisibility,
} from '../shared/vocabulary.js';
import type { Municipality } from './geography.js';
import type { DemoOrganisation, SchoolType } from './region.js';

export interface NetworkDefinition {
  slug: string;
  name: string;
  kind: NetworkKind;
  level: number;
  scopes: NetworkScope[];
  approach: NetworkApproach;
  visibility: NetworkVisibility;
  /** `active` unless said otherwise. */
  status?: NetworkStatus;
  municipality: string | null;
  purpose: string;
  goal: string;
  /** Which schools may join, and how many do at full scale. */
  schools: { count: number; eligible: (school: DemoOrganisation) => boolean };
  /** Keys of partner organisations (external partners). */
  partners: string[];
  /** The organisation whose staff facilitate the network. */
  facilitatorsFrom: string;
  /** The university whose researcher evaluates it. */
  evaluatorFrom: string;
}

const ofType =
  (...types: SchoolType[]) =>
  (school: DemoOrganisation) =>
    school.schoolType !== null && types.includes(school.schoolType);
const inArea =
  (...areas: Municipality['area'][]) =>
  (school: DemoOrganisation) =>
    areas.includes(school.municipality.area);
const both =
  (...tests: ((school: DemoOrganisation) => boolean)[]) =>
  (school: DemoOrganisation) =>
    tests.every((test) => test(school));

export const REGIONAL_NETWORK: Omit<
  NetworkDefinition,
  'schools' | 'partners' | 'facilitatorsFrom' | 'evaluatorFrom'
> = {
  slug: 'red-regional-valdemar',
  name: 'Red Regional de Redes Educativas de Valdemar',
  kind: 'network_of_networks',
  level: 5,
  scopes: ['between', 'beyond'],
  approach: 'directive',
  visibility: 'public',
  municipality: null,
  purpose:
    'Connects the region’s school networks so that what one network learns reaches the others: shared calls, a common evaluation framework and a yearly gathering of coordinators.',
  goal: 'By 2030, every school in the region belongs to at least one active network, and the attainment gap between the least and most effective schools narrows by a quarter.',
};

export const NETWORKS: readonly NetworkDefinition[] = [
  {
    slug: 'competencias-basicas',
    name: 'Red de Competencias Básicas',
    kind: 'school_to_school',
    level: 2,
    scopes: ['between'],
    approach: 'directive',
    visibility: 'public',
    municipality: null,
    purpose:
      'Schools redesign teaching, learning and assessment around the key competences, working in trios with a trained facilitator.',
    goal: 'Raise the share of pupils reaching the expected level in the regional competence tests by 8 points in three years.',
    schools: { count: 135, eligible: ofType('ceip', 'ies', 'concertada', 'cra') },
    partners: ['uni-valdemar'],
    facilitatorsFrom: 'cfp-valdemar',
    evaluatorFrom: 'uni-valdemar',
  },
  {
    slug: 'transiciones-primaria-secundaria',
    name: 'Red de Transiciones Primaria–Secundaria',
    kind: 'school_to_school',
    level: 2,
    scopes: ['between'],
    approach: 'enabled',
    visibility: 'public',
    municipality: null,
    purpose:
      'Primary schools and the secondary schools their pupils move on to agree on curriculum, tutoring and information handover.',
    goal: 'Halve the number of pupils who repeat the first year of secondary school within four years.',
    schools: { count: 80, eligible: ofType('ceip', 'ies', 'cra') },
    partners: ['svc-social-valdemar'],
    facilitatorsFrom: 'cfp-llanura',
    evaluatorFrom: 'uni-open',
  },
  {
    slug: 'microcentro-rural-sierra',
    name: 'Microcentro Rural de la Sierra Norte',
    kind: 'rural_micro_centre',
    level: 1,
    scopes: ['within', 'between'],
    approach: 'enabled',
    visibility: 'public',
    municipality: 'Robledo de la Sierra',
    purpose:
      'Small rural schools share teachers, materials and joint projects so that no teacher works alone.',
    goal: 'Every teacher in the micro-centre takes part in at least one shared project each term.',
    schools: { count: 40, eligible: (school) => school.row.rural === true },
    partners: ['ngo-rural', 'svc-social-sierra', 'fam-sierra'],
    facilitatorsFrom: 'cfp-sierra',
    evaluatorFrom: 'uni-valdemar',
  },
  {
    slug: 'comunidad-docente-digital',
    name: 'Comunidad Docente Digital',
    kind: 'pln',
    level: 1,
    scopes: ['between'],
    approach: 'enabled',
    visibility: 'public',
    municipality: null,
    purpose:
      'A professional learning network of teachers who share digital practice through open lessons, unconferences and peer coaching.',
    goal: 'Every member teacher shares one tested digital resource a term and adapts one from another school.',
    schools: { count: 45, eligible: ofType('ceip', 'ies', 'concertada', 'cifp') },
    partners: ['cfp-digital', 'foundation-tech'],
    facilitatorsFrom: 'cfp-digital',
    evaluatorFrom: 'uni-puerto-alba',
  },
  {
    slug: 'escuelas-inclusivas',
    name: 'Alianza por la Escuela Inclusiva',
    kind: 'socio_educational',
    level: 4,
    scopes: ['between', 'beyond'],
    approach: 'enabled',
    visibility: 'public',
    municipality: null,
    purpose:
      'Schools in disadvantaged areas work with families, social services and NGOs so that every pupil attends, belongs and learns.',
    goal: 'Cut chronic absenteeism in member schools from 14% to 7% by 2029.',
    schools: { count: 70, eligible: (school) => school.row.disadvantaged === true },
    partners: ['ngo-inclusion', 'ngo-roma', 'svc-social-valdemar', 'fam-gitanas', 'fam-inclusion'],
    facilitatorsFrom: 'cfp-valdemar',
    evaluatorFrom: 'uni-valdemar',
  },
  {
    slug: 'ciencia-y-comunidad',
    name: 'Red Ciencia y Comunidad',
    kind: 'inter_sectoral',
    level: 3,
    scopes: ['between', 'beyond'],
    approach: 'directive',
    visibility: 'public',
    municipality: null,
    purpose:
      'Schools, the science museum, the technological foundation and employers run STEM projects rooted in local challenges.',
    goal: 'Double the share of girls choosing science and technology options at 16 in member schools.',
    schools: { count: 55, eligible: ofType('ies', 'concertada', 'cifp') },
    partners: ['svc-museum', 'ngo-stem', 'foundation-tech', 'chamber'],
    facilitatorsFrom: 'cfp-digital',
    evaluatorFrom: 'uni-puerto-alba',
  },
  {
    slug: 'investigacion-accion-universidad',
    name: 'Alianza Universidad–Escuela para la Investigación-Acción',
    kind: 'university_school',
    level: 2,
    scopes: ['between', 'beyond'],
    approach: 'enabled',
    visibility: 'public',
    municipality: null,
    purpose:
      'Teachers and university researchers run collaborative inquiry cycles on questions that matter to pupils’ learning.',
    goal: 'Each member school completes one inquiry cycle a year with a measured effect on an outcome it chose.',
    schools: { count: 35, eligible: ofType('ceip', 'ies', 'concertada') },
    partners: ['uni-valdemar', 'uni-open'],
    facilitatorsFrom: 'uni-valdemar',
    evaluatorFrom: 'uni-open',
  },
  {
    slug: 'federacion-costa',
    name: 'Federación de Centros de la Costa',
    kind: 'trust_federation',
    level: 3,
    scopes: ['within', 'between'],
    approach: 'directive',
    visibility: 'members',
    municipality: 'Puerto Alba',
    purpose:
      'Coastal schools share leadership, staff development and school improvement planning under one governing board.',
    goal: 'All member schools rated at least "good" in the next inspection cycle.',
    schools: { count: 30, eligible: both(inArea('coast'), ofType('ceip', 'ies', 'eei', 'cee')) },
    partners: ['fam-costa', 'svc-library-costa'],
    facilitatorsFrom: 'cfp-costa',
    evaluatorFrom: 'uni-puerto-alba',
  },
  {
    slug: 'lectura-compartida',
    name: 'Red de Lectura Compartida',
    kind: 'alliance',
    level: 1,
    scopes: ['between', 'beyond'],
    approach: 'enabled',
    visibility: 'public',
    municipality: null,
    purpose:
      'Schools, libraries and reading associations share reading plans, book clubs and family reading evenings.',
    goal: 'Every pupil in member schools reads at least 20 books a year by 2028.',
    schools: { count: 70, eligible: ofType('ceip', 'cra', 'eei', 'concertada') },
    partners: ['ngo-reading', 'svc-library', 'svc-library-costa', 'fam-federation'],
    facilitatorsFrom: 'cfp-llanura',
    evaluatorFrom: 'uni-open',
  },
  {
    slug: 'bienestar-emocional',
    name: 'Red de Bienestar Emocional',
    kind: 'inter_sectoral',
    level: 4,
    scopes: ['within', 'between', 'beyond'],
    approach: 'directive',
    visibility: 'public',
    municipality: null,
    purpose:
      'Schools and the youth mental-health services build a shared approach to pupils’ wellbeing, coexistence and mediation.',
    goal: 'Reduce the share of pupils reporting low wellbeing in the regional survey from 18% to 12%.',
    schools: { count: 60, eligible: ofType('ies', 'ceip', 'concertada', 'cee') },
    partners: ['svc-health', 'ngo-wellbeing', 'svc-youth', 'fam-federation'],
    facilitatorsFrom: 'cfp-costa',
    evaluatorFrom: 'uni-valdemar',
  },
  {
    slug: 'liderazgo-pedagogico',
    name: 'Red de Liderazgo Pedagógico',
    kind: 'pln',
    level: 3,
    scopes: ['between'],
    approach: 'enabled',
    visibility: 'public',
    municipality: null,
    purpose:
      'Head teachers and heads of studies visit each other’s schools, review practice in trios and coach new leaders.',
    goal: 'Every new head teacher in the region has a coach from the network in their first two years.',
    schools: { count: 55, eligible: ofType('ceip', 'ies', 'cra', 'concertada', 'cepa', 'cifp') },
    partners: ['inspection'],
    facilitatorsFrom: 'cfp-valdemar',
    evaluatorFrom: 'uni-open',
  },
  {
    slug: 'fp-empresa-llanura',
    name: 'Red FP–Empresa de la Llanura',
    kind: 'inter_sectoral',
    level: 5,
    scopes: ['between', 'beyond'],
    approach: 'directive',
    visibility: 'members',
    status: 'forming',
    municipality: 'Villanueva del Cierzo',
    purpose:
      'Vocational schools, secondary schools, employers and the local employment agency redesign vocational pathways together.',
    goal: 'Three in four vocational graduates employed or in further study six months after finishing.',
    schools: { count: 25, eligible: both(inArea('plain', 'capital'), ofType('ies', 'cifp', 'cepa')) },
    partners: ['svc-employment', 'chamber', 'foundation-tech'],
    facilitatorsFrom: 'cfp-llanura',
    evaluatorFrom: 'uni-puerto-alba',
  },
];
