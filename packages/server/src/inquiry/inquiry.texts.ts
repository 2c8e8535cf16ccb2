import { defineTexts } from '../shared/text.js';

/** What the inquiry domain says to people, in both languages. */
export const inquiryTexts = defineTexts({
  nothingToChange: { en: 'Send at least one field to change.', es: 'Envía al menos un campo que cambiar.' },
  phaseOfModel: {
    en: 'Choose a phase of the inquiry’s own shape (spiral or model for improvement).',
    es: 'Elige una fase de la forma de la indagación (espiral o modelo de mejora).',
  },
  onceEach: { en: 'List each one only once.', es: 'Incluye cada uno solo una vez.' },
  oneLead: {
    en: 'The team needs at least one lead.',
    es: 'El equipo necesita al menos una persona responsable.',
  },
  maySeeNetwork: { en: 'Choose a network you can see.', es: 'Elige una red que puedas ver.' },
  mayNotCreate: {
    en: 'Only the network’s members (observers aside) open its inquiries.',
    es: 'Solo los miembros de la red (salvo observadores) abren sus indagaciones.',
  },
  mayNotEdit: {
    en: 'Only the inquiry’s team and the network’s coordinators change an inquiry.',
    es: 'Solo el equipo de la indagación y la coordinación de la red la modifican.',
  },
  mayNotManage: {
    en: 'Only the team’s leads and the network’s coordinators change the team, who sees the inquiry, or delete it.',
    es: 'Solo quienes lideran el equipo y la coordinación de la red cambian el equipo, quién ve la indagación o la eliminan.',
  },
  schoolInNetwork: {
    en: 'Choose schools that belong to the inquiry’s network.',
    es: 'Elige centros que pertenezcan a la red de la indagación.',
  },
  personInNetwork: {
    en: 'Choose people who take part in the inquiry’s network.',
    es: 'Elige personas que participen en la red de la indagación.',
  },
  endsAfterStart: {
    en: 'The end date cannot come before the start date.',
    es: 'La fecha de fin no puede ser anterior a la de inicio.',
  },
  reasonToPassCap: {
    en: 'Give a reason to confirm a score above what the data support.',
    es: 'Explica por qué confirmas una puntuación por encima de lo que permiten los datos.',
  },
});
