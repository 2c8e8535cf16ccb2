import type { Text } from '../shared/text.js';
import { defineTexts } from '../shared/text.js';
import type { MembershipRole } from '../shared/vocabulary.js';

/** A role's name inside a sentence, in both languages (the web app's labels, lower-cased where English is). */
export const roleNames: Record<MembershipRole, Text> = {
  coordinator: { en: 'coordinator', es: 'Coordinación' },
  coordinating_committee: { en: 'coordinating committee', es: 'Comisión coordinadora' },
  facilitator: { en: 'facilitator', es: 'Dinamización' },
  evaluator: { en: 'evaluator', es: 'Evaluación' },
  member: { en: 'member', es: 'Miembro' },
  external_partner: { en: 'external partner', es: 'Entidad colaboradora externa' },
  observer: { en: 'observer', es: 'Observación' },
};

/** What the memberships domain says to people, in both languages. */
export const membershipTexts = defineTexts({
  exactlyOneMember: {
    en: 'Choose one organisation or one person.',
    es: 'Elige una organización o una persona.',
  },
  endBeforeStart: {
    en: 'The end date cannot be before the start date.',
    es: 'La fecha de fin no puede ser anterior a la de inicio.',
  },
  roleOrEnd: { en: 'Send role or endDate.', es: 'Envía el rol o la fecha de fin.' },
  onlyAdders: {
    en: 'Only the network’s coordinators, coordinating committee and facilitators may add members.',
    es: 'Solo la coordinación, el comité coordinador y la dinamización de la red pueden añadir miembros.',
  },
  alreadyMember: {
    en: 'Already a member of this network; change their role instead.',
    es: 'Ya es miembro de esta red; cambia su rol en su lugar.',
  },
  onlyCoordinatorsChangeRoles: {
    en: 'Only the network’s coordinators may change roles.',
    es: 'Solo la coordinación de la red puede cambiar roles.',
  },
  onlyAddersReinstate: {
    en: 'Only those who add members to the network may bring a former member back.',
    es: 'Solo quien añade miembros a la red puede readmitir a un antiguo miembro.',
  },
  onlyCoordinatorsEnd: {
    en: 'Only the network’s coordinators and coordinating committee may end memberships.',
    es: 'Solo la coordinación y el comité coordinador de la red pueden dar de baja a miembros.',
  },
  lastCoordinator: {
    en: 'This is the network’s only coordinator; appoint another coordinator first.',
    es: 'Es la única persona u organización coordinadora de la red; nombra antes a otra.',
  },
  noSuchOrganisation: { en: 'No organisation with this id.', es: 'No hay ninguna organización con este id.' },
  noSuchPerson: { en: 'No person with this id.', es: 'No hay ninguna persona con este id.' },
  signInForPeople: {
    en: 'Sign in to see the people in this network.',
    es: 'Inicia sesión para ver a las personas de esta red.',
  },
  notFound: { en: 'Membership not found.', es: 'No se ha encontrado la pertenencia.' },
});
