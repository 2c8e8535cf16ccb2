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
  /** In English; `purposeEs` and `goalEs` in Spanish. */
  purpose: string;
  goal: string;
  purposeEs: string;
  goalEs: string;
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
  purposeEs:
    'Conecta las redes escolares de la región para que lo que aprende una llegue a las demás: convocatorias compartidas, un marco común de evaluación y un encuentro anual de coordinadores.',
  goalEs:
    'En 2030, todos los centros de la región pertenecen al menos a una red activa y la brecha de resultados entre los centros más y menos eficaces se reduce en una cuarta parte.',
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
    purposeEs:
      'Los centros rediseñan la enseñanza, el aprendizaje y la evaluación en torno a las competencias clave, trabajando en tríos con un facilitador formado.',
    goalEs:
      'Aumentar en 8 puntos en tres años la proporción de alumnado que alcanza el nivel esperado en las pruebas regionales de competencias.',
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
    purposeEs:
      'Los colegios de primaria y los institutos a los que pasa su alumnado acuerdan currículo, tutoría y traspaso de información.',
    goalEs: 'Reducir a la mitad en cuatro años el número de alumnos que repiten primero de secundaria.',
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
    purposeEs:
      'Pequeñas escuelas rurales comparten docentes, materiales y proyectos conjuntos para que ningún maestro trabaje solo.',
    goalEs: 'Todos los docentes del CRA participan al menos en un proyecto compartido cada trimestre.',
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
    purposeEs:
      'Una red de aprendizaje profesional de docentes que comparten práctica digital mediante clases abiertas, desconferencias y mentoría entre iguales.',
    goalEs:
      'Cada docente de la red comparte un recurso digital probado por trimestre y adapta uno de otro centro.',
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
    purposeEs:
      'Centros de zonas desfavorecidas trabajan con las familias, los servicios sociales y las ONG para que todo el alumnado asista, pertenezca y aprenda.',
    goalEs: 'Reducir el absentismo crónico en los centros de la red del 14 % al 7 % en 2029.',
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
    purposeEs:
      'Los centros, el museo de la ciencia, la fundación tecnológica y las empresas desarrollan proyectos STEM arraigados en retos locales.',
    goalEs:
      'Duplicar la proporción de chicas que eligen opciones de ciencias y tecnología a los 16 años en los centros de la red.',
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
    purposeEs:
      'Docentes e investigadores universitarios realizan ciclos de indagación colaborativa sobre preguntas que importan para el aprendizaje del alumnado.',
    goalEs:
      'Cada centro de la red completa un ciclo de indagación al año con un efecto medido sobre un resultado elegido por él.',
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
    purposeEs:
      'Los centros de la costa comparten liderazgo, formación del profesorado y planificación de la mejora bajo un mismo órgano de gobierno.',
    goalEs: 'Todos los centros de la red valorados al menos como «buenos» en el próximo ciclo de inspección.',
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
    purposeEs:
      'Centros, bibliotecas y asociaciones de lectura comparten planes lectores, clubes de lectura y tardes de lectura en familia.',
    goalEs: 'Que en 2028 todo el alumnado de los centros de la red lea al menos 20 libros al año.',
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
    purposeEs:
      'Los centros y los servicios de salud mental juvenil construyen un enfoque común del bienestar, la convivencia y la mediación.',
    goalEs:
      'Reducir del 18 % al 12 % la proporción de alumnado que declara un bienestar bajo en la encuesta regional.',
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
    purposeEs:
      'Directores y jefes de estudios visitan los centros de los demás, revisan la práctica en tríos y acompañan a los nuevos directivos.',
    goalEs: 'Cada nuevo director de la región tiene un mentor de la red en sus dos primeros años.',
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
    purposeEs:
      'Centros de FP, institutos, empresas y la oficina de empleo local rediseñan juntos los itinerarios de formación profesional.',
    goalEs:
      'Tres de cada cuatro titulados de FP trabajan o siguen estudiando seis meses después de terminar.',
    schools: { count: 25, eligible: both(inArea('plain', 'capital'), ofType('ies', 'cifp', 'cepa')) },
    partners: ['svc-employment', 'chamber', 'foundation-tech'],
    facilitatorsFrom: 'cfp-llanura',
    evaluatorFrom: 'uni-puerto-alba',
  },
];
