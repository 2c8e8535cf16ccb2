import { defineTexts } from '../shared/text.js';

/** What the people domain says to people, in both languages. */
export const peopleTexts = defineTexts({
  languageCode: {
    en: 'Use two- or three-letter language codes such as es or en.',
    es: 'Usa códigos de idioma de dos o tres letras, como es o en.',
  },
  nothingToChange: {
    en: 'Give expertise, needs or languages.',
    es: 'Indica experiencia, necesidades o idiomas.',
  },
  onlyThemselves: {
    en: 'Only the person themselves may change their expertise and needs.',
    es: 'Solo la propia persona puede cambiar su experiencia y sus necesidades.',
  },
  notFound: { en: 'Person not found.', es: 'No se ha encontrado la persona.' },
});
