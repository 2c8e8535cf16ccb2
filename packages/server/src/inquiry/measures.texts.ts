import { MIN_PUPILS_PER_FIGURE } from '../shared/vocabulary.js';
import { defineTexts, type Text } from '../shared/text.js';

/** What measures, their points, imports, annotations and chart phases say to people, in both languages. */
export const measureTexts = defineTexts({
  changeIdeaOfInquiry: {
    en: 'Choose a change idea of this inquiry.',
    es: 'Elige una idea de cambio de esta indagación.',
  },
  cycleOfInquiry: {
    en: 'Choose a PDSA cycle of this inquiry.',
    es: 'Elige un ciclo PDSA de esta indagación.',
  },
  typeHasPoints: {
    en: 'The measure already has data points: they would no longer fit another type. Delete them first, or define a new measure.',
    es: 'La medida ya tiene datos, que dejarían de encajar con otro tipo. Bórralos antes o define una medida nueva.',
  },
  schoolOfTeam: {
    en: 'Choose a school of the inquiry’s team.',
    es: 'Elige un centro del equipo de la indagación.',
  },
  valueNeeded: {
    en: 'This measure takes a value per period, not a numerator and denominator.',
    es: 'Esta medida lleva un valor por periodo, no numerador y denominador.',
  },
  fractionNeeded: {
    en: 'This measure is a proportion: give a numerator and a denominator, not a value.',
    es: 'Esta medida es una proporción: indica numerador y denominador, no un valor.',
  },
  numeratorAboveDenominator: {
    en: 'The numerator cannot be larger than the denominator.',
    es: 'El numerador no puede ser mayor que el denominador.',
  },
  tooFewPupils: {
    en: `At least ${MIN_PUPILS_PER_FIGURE} pupils per figure: figures about fewer than ${MIN_PUPILS_PER_FIGURE} pupils would say something about individual children.`,
    es: `Al menos ${MIN_PUPILS_PER_FIGURE} alumnos por dato: los datos de menos de ${MIN_PUPILS_PER_FIGURE} alumnos dirían algo de niños concretos.`,
  },
  phaseExists: {
    en: 'A confirmed change already starts on that period.',
    es: 'Ya hay un cambio confirmado que empieza en ese periodo.',
  },
  sendCsv: {
    en: 'Send the CSV file itself as the body (text/csv), not JSON or a form.',
    es: 'Envía el propio archivo CSV como cuerpo (text/csv), no JSON ni un formulario.',
  },
  refused: {
    en: 'The file was not imported; nothing was written. Correct the lines listed and try again.',
    es: 'No se ha importado el archivo y no se ha guardado nada. Corrige las líneas indicadas y vuelve a intentarlo.',
  },
  noRows: { en: 'The file has no data rows.', es: 'El archivo no tiene filas de datos.' },
  unknownSchoolCode: {
    en: 'No school of the inquiry’s team has this code.',
    es: 'Ningún centro del equipo de la indagación tiene este código.',
  },
  notAPeriod: {
    en: 'Write the period as YYYY-MM-DD or YYYY-MM (its first day).',
    es: 'Escribe el periodo como AAAA-MM-DD o AAAA-MM (su primer día).',
  },
  notANumber: { en: 'Write a number (such as 12 or 0.5).', es: 'Escribe un número (como 12 o 0.5).' },
  notACount: {
    en: 'Write a whole number, 0 or more.',
    es: 'Escribe un número entero, 0 o mayor.',
  },
  notADenominator: {
    en: 'Write a whole number, 1 or more.',
    es: 'Escribe un número entero, 1 o mayor.',
  },
  required: { en: 'This cell is empty.', es: 'Esta celda está vacía.' },
  noteTooLong: { en: 'Keep the note to 500 characters.', es: 'La nota no puede pasar de 500 caracteres.' },
  duplicateRow: {
    en: 'One row per school and period: several rows look like per-pupil data.',
    es: 'Una fila por centro y periodo: varias filas parecen datos por alumno.',
  },
  moreProblems: {
    en: 'More problems than these; correct them and import again to see the rest.',
    es: 'Hay más problemas; corrígelos e importa de nuevo para ver el resto.',
  },
});

/** The columns a measure's import file has, by its type. */
export const importColumns = (type: 'value' | 'proportion') =>
  type === 'value' ? 'school_code, period, value' : 'school_code, period, numerator, denominator';

export const missingColumns = (columns: string[], type: 'value' | 'proportion'): Text => ({
  en: `Missing column(s): ${columns.join(', ')}. This measure’s file has ${importColumns(type)} and optionally note.`,
  es: `Faltan columnas: ${columns.join(', ')}. El archivo de esta medida lleva ${importColumns(type)} y, si se quiere, note.`,
});

export const unknownColumn = (column: string, type: 'value' | 'proportion'): Text => ({
  en: `Unknown column “${column}”: data stays school-level, so the file has only ${importColumns(type)} and optionally note.`,
  es: `Columna desconocida «${column}»: los datos son por centro, así que el archivo solo lleva ${importColumns(type)} y, si se quiere, note.`,
});

export const perPupilColumn = (column: string): Text => ({
  en: `The column “${column}” looks like per-pupil data. Trellis keeps figures per school and period only: add up the pupils in your spreadsheet first and import the totals.`,
  es: `La columna «${column}» parece de datos por alumno. Trellis solo guarda datos por centro y periodo: suma antes el alumnado en tu hoja de cálculo e importa los totales.`,
});
