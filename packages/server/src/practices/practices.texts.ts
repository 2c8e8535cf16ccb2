import { defineTexts } from '../shared/text.js';

/** What the practices domain says to people, in both languages. */
export const practiceTexts = defineTexts({
  nothingToChange: { en: 'Send at least one field to change.', es: 'Envía al menos un campo que cambiar.' },
  httpsLink: {
    en: 'Enter a web address starting with https:// or http://.',
    es: 'Escribe una dirección web que empiece por https:// o http://.',
  },
  adaptationNeeded: {
    en: 'Say how the school adapted the practice.',
    es: 'Explica cómo adaptó la práctica el centro.',
  },
  notASchool: {
    en: 'Choose an organisation that exists.',
    es: 'Elige una organización que exista.',
  },
  maySeeNetwork: {
    en: 'Choose a network you can see.',
    es: 'Elige una red que puedas ver.',
  },
  mayNotCreate: {
    en: 'Only the network’s members (observers aside) record its practices.',
    es: 'Solo los miembros de la red (salvo observadores) registran sus prácticas.',
  },
  mayNotEdit: {
    en: 'Only its author, its school’s people and the network’s coordinators, committee and evaluators edit a practice.',
    es: 'Solo quien la registró, la gente de su centro y la coordinación, el comité y el equipo de evaluación de la red editan una práctica.',
  },
  mayNotEditEvidence: {
    en: 'Only the school’s people and the network’s evaluators and coordinators record evidence.',
    es: 'Solo la gente del centro y el equipo de evaluación y la coordinación de la red registran evidencias.',
  },
  mayNotEditAdoption: {
    en: 'Only the adopting school’s people and the network’s evaluators and coordinators record an adoption.',
    es: 'Solo la gente del centro que la adopta y el equipo de evaluación y la coordinación de la red registran una adopción.',
  },
  resourceNotVisible: {
    en: 'Choose resources you can see.',
    es: 'Elige recursos que puedas ver.',
  },
  resourceOnce: { en: 'Each resource at most once.', es: 'Cada recurso una sola vez.' },
  originCannotAdopt: {
    en: 'The school that originated the practice cannot adopt it.',
    es: 'El centro que originó la práctica no puede adoptarla.',
  },
  adoptedAlready: {
    en: 'This school has already recorded an adoption of this practice; edit that one.',
    es: 'Este centro ya registró una adopción de esta práctica; edita esa.',
  },
  sourceNotHolder: {
    en: 'It can only come from the originating school or a school that adopted it on or before that date.',
    es: 'Solo puede venir del centro que la originó o de un centro que la adoptó en esa fecha o antes.',
  },
  laterAdoptersFirst: {
    en: 'Schools took the practice from this one before that date; the date cannot move past theirs.',
    es: 'Otros centros tomaron la práctica de este antes de esa fecha; no puede pasar de la suya.',
  },
  cycle: {
    en: 'A school cannot take a practice from a school that took it from it.',
    es: 'Un centro no puede tomar una práctica de otro que la tomó de él.',
  },
  hasAdopters: {
    en: 'Other schools took the practice from this one; change or remove their adoptions first.',
    es: 'Otros centros tomaron la práctica de este; cambia o borra primero sus adopciones.',
  },
});
