/**
 * Step 2: the people of the region and their affiliations: school staff by school size, and the
 * advisors, researchers, officials, community agents and family representatives of the other
 * organisations. Each gets expertise tags (what later steps match needs against) and languages.
 */
import type { AffiliationRole, OrganisationKind, PersonKind, SizeBand } from '../shared/vocabulary.js';
import type { EmailBook } from './names.js';
import { displayName, personName } from './names.js';
import { Random } from './random.js';
import type { DemoOrganisation, DemoPerson, DemoRegion } from './region.js';

/** What teachers and others in the region know about and can help with. */
export const EXPERTISE_TAGS = [
  'primary–secondary transition',
  'inclusive education',
  'digital competence',
  'reading',
  'maths',
  'wellbeing',
  'family engagement',
  'rural schools',
  'assessment',
  'STEM',
  'languages',
  'coaching',
  'project-based learning',
  'coexistence and mediation',
  'early childhood',
  'vocational training',
  'special educational needs',
  'arts',
  'sustainability',
  'gender equality',
  'school leadership',
  'data use',
  'attendance',
  'newcomer pupils',
] as const;

/** Staff counts by size band (inclusive ranges): together about 20,000 people at full scale. */
const STAFF_BY_SIZE: Record<SizeBand, readonly [number, number]> = {
  xs: [6, 11],
  s: [12, 19],
  m: [20, 32],
  l: [33, 50],
  xl: [51, 72],
};

interface StaffProfile {
  count: readonly [number, number];
  role: AffiliationRole;
  kinds: PersonKind[];
  leaderRole: AffiliationRole;
  domain: string;
}

const OTHER_STAFF: Record<Exclude<OrganisationKind, 'school'>, StaffProfile> = {
  authority: {
    count: [14, 22],
    role: 'education_officer',
    kinds: ['administrator', 'advisor'],
    leaderRole: 'director_general',
    domain: 'educacion.valdemar.example',
  },
  university: {
    count: [14, 24],
    role: 'researcher',
    kinds: ['researcher'],
    leaderRole: 'dean_of_education',
    domain: 'uvaldemar.example',
  },
  teacher_centre: {
    count: [7, 12],
    role: 'teacher_advisor',
    kinds: ['advisor', 'teacher'],
    leaderRole: 'director',
    domain: 'cfp.valdemar.example',
  },
  ngo: {
    count: [4, 9],
    role: 'community_educator',
    kinds: ['community_agent'],
    leaderRole: 'coordinator',
    domain: 'ong.valdemar.example',
  },
  local_service: {
    count: [3, 7],
    role: 'social_worker',
    kinds: ['community_agent'],
    leaderRole: 'head_of_service',
    domain: 'ayto.valdemar.example',
  },
  family_association: {
    count: [3, 7],
    role: 'family_representative',
    kinds: ['family_member'],
    leaderRole: 'president',
    domain: 'familias.valdemar.example',
  },
  other: {
    count: [2, 5],
    role: 'education_officer',
    kinds: ['community_agent'],
    leaderRole: 'director',
    domain: 'valdemar.example',
  },
};

const LEADER_ROLES = ['headteacher', 'head_of_studies', 'secretary'] as const;

/** Adds every organisation's people and their affiliations. */
export function addPeople(region: DemoRegion, emails: EmailBook): void {
  const random = new Random(region.seed, 'people');
  for (const school of region.schools) {
    const [min, max] = STAFF_BY_SIZE[school.row.sizeBand ?? 's'];
    const count = random.int(min, max);
    for (let index = 0; index < count; index++) {
      const leaderRole = LEADER_ROLES[index];
      const role = leaderRole ?? (random.chance(0.06) ? 'school_counsellor' : 'teacher');
      const kinds: PersonKind[] = leaderRole
        ? ['teacher', 'leader']
        : role === 'school_counsellor'
          ? ['advisor']
          : ['teacher'];
      addPerson(region, random, emails, school, {
        role,
        kinds,
        leader: leaderRole !== undefined,
        domain: 'edu.valdemar.example',
      });
    }
  }
  for (const organisation of region.otherOrganisations) {
    const kind = organisation.row.kind as Exclude<OrganisationKind, 'school'>;
    const profile = OTHER_STAFF[kind];
    const count = random.int(...profile.count);
    for (let index = 0; index < count; index++) {
      const leader = index === 0;
      addPerson(region, random, emails, organisation, {
        role: leader ? profile.leaderRole : profile.role,
        kinds: leader && kind !== 'family_association' ? [...profile.kinds, 'leader'] : profile.kinds,
        leader,
        domain: profile.domain,
      });
    }
  }
}

function addPerson(
  region: DemoRegion,
  random: Random,
  emails: EmailBook,
  organisation: DemoOrganisation,
  details: { role: string; kinds: PersonKind[]; leader: boolean; domain: string },
): DemoPerson {
  const name = personName(random, details.kinds.includes('teacher') ? 0.7 : 0.6);
  const person: DemoPerson = {
    row: {
      id: random.uuid(),
      displayName: displayName(name),
      email: emails.next(name, details.domain),
      kinds: details.kinds,
      expertise: expertiseOf(random, organisation, details.role, details.leader),
      languages: languages(random),
    },
    organisation,
    role: details.role,
    leader: details.leader,
  };
  organisation.staff.push(person);
  region.people.push(person);
  region.rows.people.push(person.row);
  region.rows.affiliations.push({
    id: random.uuid(),
    personId: person.row.id,
    organisationId: organisation.row.id,
    role: details.role,
    // Spanish school staff take up posts on 1 September; other organisations hire all year.
    startDate:
      organisation.row.kind === 'school'
        ? `${random.int(1996, 2025)}-09-01`
        : random.date('2005-01-10', '2025-12-15'),
  });
  return person;
}

export type ExpertiseTag = (typeof EXPERTISE_TAGS)[number];

/** What staff of each kind of organisation tend to know about, beyond the shared pool. */
const EXPERTISE_BY_KIND: Partial<Record<OrganisationKind, Partial<Record<ExpertiseTag, number>>>> = {
  teacher_centre: { coaching: 6, 'digital competence': 5, assessment: 2 },
  university: { 'data use': 4, assessment: 3, 'inclusive education': 2 },
  authority: { 'school leadership': 4, 'data use': 4, assessment: 3 },
  ngo: { 'family engagement': 4, wellbeing: 4, 'inclusive education': 3 },
  local_service: { 'family engagement': 4, wellbeing: 4, 'inclusive education': 3 },
  family_association: { 'family engagement': 10 },
};

/**
 * One to three expertise tags, weighted by where and as what a person works: primary teachers
 * lean to reading and maths, rural ones to rural schools, advisors to coaching. Later steps match
 * needs with expertise in other schools, so the tags must say something about the person.
 */
function expertiseOf(
  random: Random,
  organisation: DemoOrganisation,
  role: string,
  leader: boolean,
): ExpertiseTag[] {
  const weights = new Map<ExpertiseTag, number>(EXPERTISE_TAGS.map((tag) => [tag, 1]));
  const favour = (extra: Partial<Record<ExpertiseTag, number>>) => {
    for (const [tag, weight] of Object.entries(extra) as [ExpertiseTag, number][])
      weights.set(tag, (weights.get(tag) ?? 1) + weight);
  };
  const { row } = organisation;
  const stages = row.stages ?? [];
  if (stages.includes('primary')) favour({ reading: 5, maths: 4, 'project-based learning': 2 });
  if (stages.includes('early_childhood')) favour({ 'early childhood': 3 });
  if (stages.includes('lower_secondary')) favour({ STEM: 4, languages: 3, assessment: 2 });
  if (stages.includes('primary') !== stages.includes('lower_secondary') && stages.length > 0)
    favour({ 'primary–secondary transition': 2 });
  if (stages.includes('vocational')) favour({ 'vocational training': 6 });
  if (stages.includes('special_education')) favour({ 'special educational needs': 8 });
  if (row.rural) favour({ 'rural schools': 6 });
  if (row.disadvantaged)
    favour({ 'inclusive education': 4, attendance: 2, 'newcomer pupils': 2, 'family engagement': 2 });
  if (leader && row.kind === 'school') favour({ 'school leadership': 6, 'data use': 2 });
  if (role === 'school_counsellor')
    favour({ wellbeing: 6, 'coexistence and mediation': 4, 'special educational needs': 3 });
  favour(EXPERTISE_BY_KIND[row.kind] ?? {});
  const chosen: ExpertiseTag[] = [];
  for (let count = random.int(1, 3); count > 0; count--) {
    const tag = random.weighted([...weights]);
    chosen.push(tag);
    weights.delete(tag);
  }
  return chosen;
}

function languages(random: Random): string[] {
  const spoken = ['es'];
  if (random.chance(0.45)) spoken.push('en');
  if (random.chance(0.12)) spoken.push('fr');
  if (random.chance(0.06)) spoken.push(random.pick(['ca', 'eu', 'gl', 'pt', 'de', 'ar', 'ro']));
  return spoken;
}
