import { defineTexts } from '../shared/text.js';

/** What network analysis refuses, in both languages (the error handler answers in the caller's). */
export const ANALYTICS_TEXTS = defineTexts({
  membersOnly: {
    en: 'The network’s analyses are for its members.',
    es: 'Los análisis de la red son para sus miembros.',
  },
  coordinatorsRun: {
    en: 'Only the network’s coordinators and evaluators run analyses.',
    es: 'Solo la coordinación y el equipo de evaluación de la red ejecutan análisis.',
  },
  notAWaveHere: {
    en: 'Not a wave of this network’s surveys.',
    es: 'No es una oleada de las encuestas de esta red.',
  },
  coordinatorsChooseMainSurvey: {
    en: 'Only the network’s coordinators choose its main survey.',
    es: 'Solo la coordinación de la red elige su encuesta principal.',
  },
  notASurveyHere: { en: 'Not a survey of this network.', es: 'No es una encuesta de esta red.' },
  noAnalysisForAnonymousFile: {
    en: 'No analysis of these ties has finished yet: a file without names is made from one. Ask the network’s coordinators to run it.',
    es: 'Aún no ha terminado ningún análisis de estos vínculos: el archivo sin nombres se hace a partir de uno. Pide a la coordinación de la red que lo ejecute.',
  },
});
