import { defineTexts } from '../shared/text.js';

/** What the driver diagram and PDSA cycles say to people, in both languages. */
export const cycleTexts = defineTexts({
  keyOnce: { en: 'Each node needs a key of its own.', es: 'Cada elemento necesita una clave propia.' },
  unknownDriver: {
    en: 'Link the change idea to a driver of this diagram.',
    es: 'Vincula la idea de cambio a un impulsor de este diagrama.',
  },
  resourceNotVisible: { en: 'Choose resources you can see.', es: 'Elige recursos que puedas ver.' },
  practiceNotVisible: { en: 'Choose practices you can see.', es: 'Elige prácticas que puedas ver.' },
  ideaHasCycles: {
    en: 'A change idea with PDSA cycles cannot be removed: delete its cycles first.',
    es: 'No se puede quitar una idea de cambio con ciclos PDSA: elimina antes sus ciclos.',
  },
  ideaOfInquiry: {
    en: 'Choose a change idea of this inquiry’s driver diagram.',
    es: 'Elige una idea de cambio del diagrama de impulsores de esta indagación.',
  },
  schoolOfTeam: {
    en: 'Choose schools of the inquiry’s team.',
    es: 'Elige centros del equipo de la indagación.',
  },
});
