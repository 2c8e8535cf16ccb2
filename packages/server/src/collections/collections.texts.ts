import { defineTexts } from '../shared/text.js';

/** What the collections domain says to people, in both languages. */
export const collectionTexts = defineTexts({
  nothingToChange: { en: 'Send at least one field to change.', es: 'Envía al menos un campo que cambiar.' },
  mayNotManage: {
    en: 'Only the network’s coordinators, committee and facilitators curate its collections.',
    es: 'Solo la coordinación, el comité y quienes dinamizan la red preparan sus colecciones.',
  },
  resourceNotVisible: {
    en: 'Choose a resource you can see.',
    es: 'Elige un recurso que puedas ver.',
  },
  repeatedResource: {
    en: 'Each resource goes in a collection once.',
    es: 'Cada recurso va una sola vez en una colección.',
  },
  sinceInFuture: {
    en: 'Choose a date that is not in the future.',
    es: 'Elige una fecha que no sea futura.',
  },
});
