import { defineTexts } from '../shared/text.js';

/** What the networks domain says to people, in both languages. */
export const networkTexts = defineTexts({
  slugPattern: {
    en: 'Use lower-case letters, digits and single hyphens, e.g. "rural-schools-north".',
    es: 'Usa minúsculas, cifras y guiones sueltos, por ejemplo "escuelas-rurales-norte".',
  },
  slugReserved: {
    en: 'This web address is reserved; choose another.',
    es: 'Esta dirección web está reservada; elige otra.',
  },
  slugTaken: {
    en: 'This web address is taken by another network; choose another.',
    es: 'Otra red ya usa esta dirección web; elige otra.',
  },
  scopeOnce: { en: 'Each scope at most once.', es: 'Cada ámbito una sola vez.' },
  nothingToChange: { en: 'Send at least one field to change.', es: 'Envía al menos un campo que cambiar.' },
  parentCycle: {
    en: 'A network cannot belong to itself or to one of its own members.',
    es: 'Una red no puede pertenecer a sí misma ni a una de sus propias redes miembro.',
  },
  parentOnce: { en: 'Each parent network at most once.', es: 'Cada red madre una sola vez.' },
  onlyAdminsCreate: {
    en: 'Only platform administrators create networks.',
    es: 'Solo la administración de la plataforma crea redes.',
  },
  onlyCoordinatorsEdit: {
    en: 'Only the network’s coordinators and coordinating committee may edit it.',
    es: 'Solo la coordinación y el comité coordinador de la red pueden editarla.',
  },
  notFound: { en: 'Network not found.', es: 'No se ha encontrado la red.' },
});
