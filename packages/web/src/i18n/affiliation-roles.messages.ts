/**
 * Labels of affiliation roles (shared/vocabulary.ts `AFFILIATION_ROLES`), in English and Spanish;
 * they join the catalogues as `affiliationRole`. A role outside the vocabulary is shown as written.
 */
import type { AffiliationRole } from '../api/vocabulary.ts';

export const affiliationRoleEn: Record<AffiliationRole, string> = {
  teacher: 'Teacher',
  headteacher: 'Headteacher',
  head_of_studies: 'Head of studies',
  secretary: 'School secretary',
  school_counsellor: 'School counsellor',
  education_officer: 'Education officer',
  director_general: 'Director general',
  director: 'Director',
  researcher: 'Researcher',
  dean_of_education: 'Dean of education',
  teacher_advisor: 'Teacher advisor',
  community_educator: 'Community educator',
  coordinator: 'Coordinator',
  social_worker: 'Social worker',
  head_of_service: 'Head of service',
  family_representative: 'Family representative',
  president: 'President',
};

export const affiliationRoleEs: typeof affiliationRoleEn = {
  teacher: 'Docente',
  headteacher: 'Dirección del centro',
  head_of_studies: 'Jefatura de estudios',
  secretary: 'Secretaría del centro',
  school_counsellor: 'Orientación',
  education_officer: 'Técnico/a de educación',
  director_general: 'Dirección general',
  director: 'Dirección',
  researcher: 'Investigación',
  dean_of_education: 'Decanato de educación',
  teacher_advisor: 'Asesoría del profesorado',
  community_educator: 'Educación comunitaria',
  coordinator: 'Coordinación',
  social_worker: 'Trabajo social',
  head_of_service: 'Jefatura de servicio',
  family_representative: 'Representación de las familias',
  president: 'Presidencia',
};

/** The label of an affiliation's role in `labels`' language, or the role as written if it is not a code. */
export const affiliationRoleLabel = (labels: Record<AffiliationRole, string>, role: string) =>
  Object.hasOwn(labels, role) ? labels[role as AffiliationRole] : role;
