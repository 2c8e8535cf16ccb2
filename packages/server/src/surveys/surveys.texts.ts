import { defineTexts, type Text } from '../shared/text.js';

/** What surveys and waves say when they refuse something, in both languages. */
export const SURVEY_TEXTS = defineTexts({
  closesBeforeOpens: {
    en: 'The wave cannot close before it opens.',
    es: 'La oleada no puede cerrarse antes de abrirse.',
  },
  noDatesSent: { en: 'Send an opening or a closing date.', es: 'Envía una fecha de apertura o de cierre.' },
  alreadyClosed: { en: 'This wave is already closed.', es: 'Esta oleada ya está cerrada.' },
  closedAnswers: {
    en: 'This wave is closed: answers can no longer change.',
    es: 'Esta oleada está cerrada: las respuestas ya no se pueden cambiar.',
  },
  closedDates: {
    en: 'This wave is closed: its dates are part of the record.',
    es: 'Esta oleada está cerrada: sus fechas forman parte del registro.',
  },
  closedReminders: {
    en: 'This wave is closed: there is nothing left to answer.',
    es: 'Esta oleada está cerrada: ya no queda nada por responder.',
  },
  notAsked: {
    en: 'You are not asked in this wave.',
    es: 'Esta oleada no te pregunta a ti: no estás entre las personas elegidas.',
  },
  archived: {
    en: 'This survey is archived: it takes no new waves.',
    es: 'Esta encuesta está archivada: no admite nuevas oleadas.',
  },
  answerForbidden: {
    en: 'Only members of the network answer its survey.',
    es: 'Solo los miembros de la red responden a su encuesta.',
  },
  manageForbidden: {
    en: 'Only the network’s coordinators and evaluators do this.',
    es: 'Solo quienes coordinan y evalúan la red pueden hacerlo.',
  },
  titleNeeded: {
    en: 'Write the title in English, in Spanish or in both.',
    es: 'Escribe el título en inglés, en español o en los dos.',
  },
  scaleEsWithoutScale: {
    en: 'Spanish labels need the scale itself.',
    es: 'Las etiquetas en español necesitan la escala.',
  },
  notAQuestion: { en: 'Not a question of this survey.', es: 'No es una pregunta de esta encuesta.' },
  notOnScale: {
    en: 'Not a point on this question’s frequency scale.',
    es: 'No es un punto de la escala de frecuencia de esta pregunta.',
  },
  frequencyNeeded: {
    en: 'Choose how often, then submit.',
    es: 'Elige con qué frecuencia y vuelve a enviar.',
  },
  nameOthers: { en: 'Name others, not yourself.', es: 'Nombra a otras personas, no a ti.' },
  noSuchPerson: { en: 'No such person.', es: 'Esa persona no existe.' },
  namedTwice: { en: 'Named twice for this question.', es: 'Nombrada dos veces en esta pregunta.' },
  outsiderTwice: {
    en: 'This person is already named for this question.',
    es: 'Esta persona ya está nombrada en esta pregunta.',
  },
  chooseOrganisations: { en: 'Choose at least one organisation.', es: 'Elige al menos una organización.' },
  chooseRoles: { en: 'Choose at least one role.', es: 'Elige al menos un papel.' },
  choosePeople: { en: 'Choose at least one person.', es: 'Elige al menos a una persona.' },
  organisationNotInNetwork: {
    en: 'No one at this organisation answers this network’s surveys.',
    es: 'Nadie de esta organización responde a las encuestas de esta red.',
  },
  personNotInNetwork: {
    en: 'This person does not answer this network’s surveys.',
    es: 'Esta persona no responde a las encuestas de esta red.',
  },
  nobodyAsked: {
    en: 'No one would be asked: choose others.',
    es: 'No se preguntaría a nadie: elige a otras personas.',
  },
  noSuchOrganisation: { en: 'No such organisation.', es: 'Esa organización no existe.' },
  noOneAtOrganisation: {
    en: 'No one at this organisation is asked in this wave.',
    es: 'Esta oleada no pregunta a nadie de esta organización.',
  },
});

export const closesBeforeOpeningDate = (opensOn: string): Text => ({
  en: `The wave cannot close before it opens (${opensOn}).`,
  es: `La oleada no puede cerrarse antes de abrirse (${opensOn}).`,
});

export const waveStillOpen = (number: number): Text => ({
  en: `Wave ${number} of this survey is still open: close it before opening the next.`,
  es: `La oleada ${number} de esta encuesta sigue abierta: ciérrala antes de abrir la siguiente.`,
});

export const notYetOpen = (opensOn: string): Text => ({
  en: `This wave opens on ${opensOn}: answers are taken from that day.`,
  es: `Esta oleada se abre el ${opensOn}: las respuestas se aceptan desde ese día.`,
});

export const pastClosingDate = (closesOn: string): Text => ({
  en: `This wave’s answering period ended on ${closesOn}. Ask the network’s coordinators to extend it.`,
  es: `El plazo para responder a esta oleada terminó el ${closesOn}. Pide a la coordinación de la red que lo amplíe.`,
});

export const scaleEsLength = (count: number): Text => ({
  en: `Give as many Spanish labels as English ones (${count}).`,
  es: `Escribe tantas etiquetas en español como en inglés (${count}).`,
});

export const tooManyNominations = (max: number): Text => ({
  en: `At most ${max} people for this question.`,
  es: `Como mucho ${max} personas en esta pregunta.`,
});
