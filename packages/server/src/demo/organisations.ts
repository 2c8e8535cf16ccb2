/**
 * Step 1: the region's schools and its other organisations (the authority, universities, teacher
 * centres, NGOs, local services, family associations), each with a stable id from the seed.
 */
import type { SchoolSector, SchoolStage, SizeBand } from '../shared/vocabulary.js';
import {
  CAPITAL,
  COUNTRY,
  MUNICIPALITIES,
  municipalityNamed,
  PROVINCE_CODE,
  REGION,
  type Municipality,
} from './geography.js';
import { CONCERTADA_NAMES, PRIVATE_NAMES, SCHOOL_NAMESAKES } from './names.js';
import { Random } from './random.js';
import { scaled, type DemoOrganisation, type DemoRegion, type SchoolType } from './region.js';

interface SchoolProfile {
  prefix: string;
  stages: SchoolStage[];
  sector: SchoolSector;
  sizes: readonly (readonly [SizeBand, number])[];
}

const SCHOOL_PROFILES: Record<SchoolType, SchoolProfile> = {
  ceip: {
    prefix: 'CEIP',
    stages: ['early_childhood', 'primary'],
    sector: 'public',
    sizes: [
      ['s', 3],
      ['m', 5],
      ['l', 2],
    ],
  },
  cra: {
    prefix: 'CRA',
    stages: ['early_childhood', 'primary'],
    sector: 'public',
    sizes: [
      ['xs', 6],
      ['s', 3],
    ],
  },
  ies: {
    prefix: 'IES',
    stages: ['lower_secondary', 'upper_secondary'],
    sector: 'public',
    sizes: [
      ['m', 3],
      ['l', 5],
      ['xl', 2],
    ],
  },
  concertada: {
    prefix: 'Colegio',
    stages: ['early_childhood', 'primary', 'lower_secondary'],
    sector: 'publicly_funded_private',
    sizes: [
      ['m', 4],
      ['l', 4],
      ['xl', 1],
    ],
  },
  private: {
    prefix: 'Colegio',
    stages: ['early_childhood', 'primary', 'lower_secondary', 'upper_secondary'],
    sector: 'private',
    sizes: [
      ['s', 2],
      ['m', 3],
      ['l', 1],
    ],
  },
  eei: {
    prefix: 'EEI',
    stages: ['early_childhood'],
    sector: 'public',
    sizes: [
      ['xs', 3],
      ['s', 2],
    ],
  },
  cee: {
    prefix: 'CEE',
    stages: ['special_education'],
    sector: 'public',
    sizes: [
      ['xs', 2],
      ['s', 2],
    ],
  },
  cepa: {
    prefix: 'CEPA',
    stages: ['adult'],
    sector: 'public',
    sizes: [
      ['xs', 2],
      ['s', 2],
    ],
  },
  cifp: {
    prefix: 'CIFP',
    stages: ['vocational'],
    sector: 'public',
    sizes: [
      ['m', 2],
      ['l', 2],
    ],
  },
};

/** How school types are spread in towns and in the countryside. */
const URBAN_MIX: readonly (readonly [SchoolType, number])[] = [
  ['ceip', 46],
  ['ies', 22],
  ['concertada', 17],
  ['private', 3],
  ['eei', 5],
  ['cee', 2],
  ['cepa', 2],
  ['cifp', 3],
];
const RURAL_MIX: readonly (readonly [SchoolType, number])[] = [
  ['cra', 45],
  ['ceip', 35],
  ['ies', 18],
  ['cepa', 2],
];

/** Adds the schools of every municipality. */
export function addSchools(region: DemoRegion): void {
  const random = new Random(region.seed, 'schools');
  let code = 1;
  for (const municipality of MUNICIPALITIES) {
    const usedNames = new Set<string>();
    const count = scaled(region, municipality.schools);
    for (let index = 0; index < count; index++) {
      const type = random.weighted(municipality.rural ? RURAL_MIX : URBAN_MIX);
      const profile = SCHOOL_PROFILES[type];
      const name = schoolName(random, type, profile, municipality, usedNames);
      const disadvantagedOdds =
        municipality.area === 'capital' || municipality.area === 'coast' ? 0.22 : 0.14;
      const school: DemoOrganisation = {
        row: {
          id: random.uuid(),
          name,
          kind: 'school',
          country: COUNTRY,
          region: REGION,
          municipality: municipality.name,
          stages: profile.stages,
          sector: profile.sector,
          rural: municipality.rural || type === 'cra',
          disadvantaged: profile.sector !== 'private' && random.chance(disadvantagedOdds),
          sizeBand: random.weighted(profile.sizes),
          nationalCode: `${PROVINCE_CODE}${String(code++).padStart(6, '0')}`,
        },
        municipality,
        schoolType: type,
        key: null,
        staff: [],
      };
      region.schools.push(school);
      region.rows.organisations.push(school.row);
    }
  }
}

function schoolName(
  random: Random,
  type: SchoolType,
  profile: SchoolProfile,
  municipality: Municipality,
  used: Set<string>,
): string {
  const pool =
    type === 'concertada' ? CONCERTADA_NAMES : type === 'private' ? PRIVATE_NAMES : SCHOOL_NAMESAKES;
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = `${profile.prefix} ${random.pick(pool)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // A large town runs out of namesakes: number them as Spanish towns do ("CEIP Nº 3").
  const numbered = `${profile.prefix} Nº ${used.size + 1} de ${municipality.name}`;
  used.add(numbered);
  return numbered;
}

type Fixed = Pick<DemoOrganisation['row'], 'name' | 'kind'> & { key: string; municipality: string };

/** The organisations every build has, by key: the later steps refer to them by it. */
export const FIXED_ORGANISATIONS: readonly Fixed[] = [
  {
    key: 'authority',
    name: 'Consejería de Educación de la Región de Valdemar',
    kind: 'authority',
    municipality: CAPITAL,
  },
  { key: 'inspection', name: 'Inspección Educativa de Valdemar', kind: 'authority', municipality: CAPITAL },
  { key: 'uni-valdemar', name: 'Universidad de Valdemar', kind: 'university', municipality: CAPITAL },
  {
    key: 'uni-puerto-alba',
    name: 'Universidad Politécnica de Puerto Alba',
    kind: 'university',
    municipality: 'Puerto Alba',
  },
  {
    key: 'uni-open',
    name: 'Universidad Abierta de Valdemar (sede Torrealta)',
    kind: 'university',
    municipality: 'Torrealta',
  },
  {
    key: 'cfp-valdemar',
    name: 'Centro de Formación del Profesorado de Valdemar',
    kind: 'teacher_centre',
    municipality: CAPITAL,
  },
  {
    key: 'cfp-costa',
    name: 'Centro de Formación del Profesorado de la Costa',
    kind: 'teacher_centre',
    municipality: 'Puerto Alba',
  },
  {
    key: 'cfp-llanura',
    name: 'Centro de Formación del Profesorado de la Llanura',
    kind: 'teacher_centre',
    municipality: 'Villanueva del Cierzo',
  },
  {
    key: 'cfp-sierra',
    name: 'Centro Rural de Innovación Educativa de la Sierra',
    kind: 'teacher_centre',
    municipality: 'Robledo de la Sierra',
  },
  {
    key: 'cfp-digital',
    name: 'Centro Regional de Competencia Digital Educativa',
    kind: 'teacher_centre',
    municipality: CAPITAL,
  },
  { key: 'ngo-inclusion', name: 'Fundación Aprender Juntos', kind: 'ngo', municipality: CAPITAL },
  { key: 'ngo-reading', name: 'Asociación Leer es Crecer', kind: 'ngo', municipality: 'Puerto Alba' },
  { key: 'ngo-roma', name: 'Fundación Secretariado Gitano – Valdemar', kind: 'ngo', municipality: CAPITAL },
  { key: 'ngo-migrants', name: 'Red Acoge Valdemar', kind: 'ngo', municipality: 'Torrealta' },
  { key: 'ngo-stem', name: 'Asociación Ciencia en el Aula', kind: 'ngo', municipality: CAPITAL },
  { key: 'ngo-rural', name: 'Colectivo Escuela Rural Viva', kind: 'ngo', municipality: 'Peñarrubia' },
  { key: 'ngo-wellbeing', name: 'Fundación Mente Sana Joven', kind: 'ngo', municipality: 'Fuentesalada' },
  { key: 'ngo-music', name: 'Asociación Música para Todos', kind: 'ngo', municipality: 'Monteluz' },
  {
    key: 'svc-social-valdemar',
    name: 'Servicios Sociales Municipales de Valdemar',
    kind: 'local_service',
    municipality: CAPITAL,
  },
  {
    key: 'svc-social-puerto',
    name: 'Servicios Sociales de Puerto Alba',
    kind: 'local_service',
    municipality: 'Puerto Alba',
  },
  {
    key: 'svc-social-sierra',
    name: 'Mancomunidad de Servicios Sociales de la Sierra',
    kind: 'local_service',
    municipality: 'Robledo de la Sierra',
  },
  {
    key: 'svc-health',
    name: 'Unidad de Salud Mental Infanto-Juvenil de Valdemar',
    kind: 'local_service',
    municipality: CAPITAL,
  },
  {
    key: 'svc-library',
    name: 'Red de Bibliotecas Municipales de Valdemar',
    kind: 'local_service',
    municipality: CAPITAL,
  },
  {
    key: 'svc-library-costa',
    name: 'Biblioteca Pública de Puerto Alba',
    kind: 'local_service',
    municipality: 'Puerto Alba',
  },
  { key: 'svc-youth', name: 'Espacio Joven de Torrealta', kind: 'local_service', municipality: 'Torrealta' },
  {
    key: 'svc-employment',
    name: 'Agencia de Empleo y Desarrollo Local de Villanueva',
    kind: 'local_service',
    municipality: 'Villanueva del Cierzo',
  },
  {
    key: 'svc-sports',
    name: 'Patronato Municipal de Deportes de Valdemar',
    kind: 'local_service',
    municipality: CAPITAL,
  },
  { key: 'svc-museum', name: 'Museo de la Ciencia de Valdemar', kind: 'other', municipality: CAPITAL },
  {
    key: 'fam-federation',
    name: 'Federación de Asociaciones de Familias de Valdemar',
    kind: 'family_association',
    municipality: CAPITAL,
  },
  {
    key: 'fam-puerto',
    name: 'AFA Puerto Alba Unida',
    kind: 'family_association',
    municipality: 'Puerto Alba',
  },
  { key: 'fam-torrealta', name: 'AMPA Torrealta', kind: 'family_association', municipality: 'Torrealta' },
  {
    key: 'fam-villanueva',
    name: 'Asociación de Familias de Villanueva del Cierzo',
    kind: 'family_association',
    municipality: 'Villanueva del Cierzo',
  },
  {
    key: 'fam-sierra',
    name: 'Familias de la Escuela Rural de la Sierra',
    kind: 'family_association',
    municipality: 'Navalosa',
  },
  {
    key: 'fam-inclusion',
    name: 'Asociación de Familias por la Inclusión',
    kind: 'family_association',
    municipality: CAPITAL,
  },
  {
    key: 'fam-gitanas',
    name: 'Asociación de Familias Gitanas Romí Valdemar',
    kind: 'family_association',
    municipality: CAPITAL,
  },
  {
    key: 'fam-costa',
    name: 'AMPA Federada de la Costa',
    kind: 'family_association',
    municipality: 'Monteluz',
  },
  { key: 'chamber', name: 'Cámara de Comercio de Valdemar', kind: 'other', municipality: CAPITAL },
  {
    key: 'foundation-tech',
    name: 'Fundación Tecnológica del Cierzo',
    kind: 'other',
    municipality: 'Villanueva del Cierzo',
  },
  { key: 'council-youth', name: 'Consejo de la Juventud de Valdemar', kind: 'other', municipality: CAPITAL },
  { key: 'theatre', name: 'Teatro Municipal de Puerto Alba', kind: 'other', municipality: 'Puerto Alba' },
];

/** Adds the fixed organisations (they do not scale: every build has all of them). */
export function addOtherOrganisations(region: DemoRegion): void {
  const random = new Random(region.seed, 'other-organisations');
  for (const fixed of FIXED_ORGANISATIONS) {
    const organisation: DemoOrganisation = {
      row: {
        id: random.uuid(),
        name: fixed.name,
        kind: fixed.kind,
        country: COUNTRY,
        region: REGION,
        municipality: fixed.municipality,
        stages: [],
      },
      municipality: municipalityNamed(fixed.municipality),
      schoolType: null,
      key: fixed.key,
      staff: [],
    };
    region.otherOrganisations.push(organisation);
    region.rows.organisations.push(organisation.row);
  }
}
