import { defineTexts } from '../shared/text.js';

/** What suggested connections refuse, in both languages. */
export const SUGGESTIONS_TEXTS = defineTexts({
  membersOnly: {
    en: 'Suggested connections are for the network’s members.',
    es: 'Las conexiones sugeridas son para los miembros de la red.',
  },
  othersForCoordinators: {
    en: 'Only the network’s coordinators and evaluators may see someone else’s suggested connections.',
    es: 'Solo la coordinación y el equipo de evaluación de la red pueden ver las conexiones sugeridas de otra persona.',
  },
});
