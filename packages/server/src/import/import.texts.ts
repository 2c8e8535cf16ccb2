import { defineTexts, type Text } from '../shared/text.js';

/**
 * What an import says about a file, a row or a cell, in both languages: over the API the reader's
 * (`POST /networks/{id}/memberships/import`), on the command line English or `LANG`'s. No text
 * quotes a cell: the row and column point at it, and a cell may hold a name or an email.
 */
export const IMPORT_TEXTS = defineTexts({
  required: { en: 'Required.', es: 'Obligatorio.' },
  notABoolean: {
    en: 'Use true or false (also yes/no, sí/no, 1/0).',
    es: 'Usa true o false (también yes/no, sí/no, 1/0).',
  },
  notADate: {
    en: 'Use a date as YYYY-MM-DD, e.g. 2026-09-01.',
    es: 'Escribe la fecha como AAAA-MM-DD, por ejemplo 2026-09-01.',
  },
  notAnEmail: { en: 'Not an email address.', es: 'No es una dirección de correo electrónico.' },
  notANumber: { en: 'Use a number such as 1 or 2.5.', es: 'Usa un número como 1 o 2.5.' },
  notPositive: { en: 'Must be more than 0.', es: 'Tiene que ser mayor que 0.' },
  unknownColumnMissing: { en: 'This required column is missing.', es: 'Falta esta columna obligatoria.' },
  columnTwice: { en: 'This column appears twice.', es: 'Esta columna aparece dos veces.' },
  headerOnly: {
    en: 'The file has a header but no rows.',
    es: 'El archivo tiene cabecera pero ninguna fila.',
  },
  emptyFile: {
    en: 'The file is empty; it needs a header row and data rows.',
    es: 'El archivo está vacío; necesita una fila de cabecera y filas de datos.',
  },
  nulCharacter: {
    en: 'This cell holds a NUL character (a zero byte), which cannot be stored. Remove it; it usually comes from a damaged export or a file saved as UTF-16.',
    es: 'Esta celda contiene un carácter NUL (un byte cero), que no se puede guardar. Quítalo; suele venir de una exportación dañada o de un archivo guardado como UTF-16.',
  },
  loneSurrogate: {
    en: 'This line holds half of a UTF-16 character pair, which is not text and cannot be stored. Retype it.',
    es: 'Esta línea contiene la mitad de un par de caracteres UTF-16, que no es texto y no se puede guardar. Vuelve a escribirla.',
  },
  noSuchNetwork: { en: 'No network has this slug.', es: 'Ninguna red tiene este identificador.' },
  noSuchOrganisation: {
    en: 'No organisation has this national code; import the organisations first.',
    es: 'Ninguna organización tiene este código nacional; importa primero las organizaciones.',
  },
  noSuchPerson: {
    en: 'No person has this email; import the people first.',
    es: 'Ninguna persona tiene este correo electrónico; importa primero a las personas.',
  },
  oneOfMember: {
    en: 'Give exactly one of organisation_code and person_email.',
    es: 'Da exactamente uno de organisation_code y person_email.',
  },
  oneOfTarget: {
    en: 'Give exactly one of to_email and to_outside_name.',
    es: 'Da exactamente uno de to_email y to_outside_name.',
  },
  networkForNetworkResource: {
    en: 'A resource shared with a network needs the network’s slug here.',
    es: 'Un recurso compartido con una red necesita aquí el identificador de la red.',
  },
  authorForDraft: {
    en: 'A draft is for its authors only: give the author’s email, or choose network or public.',
    es: 'Un borrador es solo para sus autores: indica el correo de quien lo escribió, o elige network o public.',
  },
  tieToSelf: { en: 'A tie joins two different people.', es: 'Un vínculo une a dos personas distintas.' },
  endBeforeStart: {
    en: 'The end date cannot be before the start date.',
    es: 'La fecha de fin no puede ser anterior a la de inicio.',
  },
  noEndDates: {
    en: 'A file of new members has no end dates; end memberships on the members page.',
    es: 'Un archivo de miembros nuevos no lleva fechas de fin; termina las pertenencias en la página de miembros.',
  },
  alreadyMember: { en: 'Already a member of this network.', es: 'Ya es miembro de esta red.' },
  roleNeeded: {
    en: 'Required when organisation_code is given.',
    es: 'Obligatorio cuando se da organisation_code.',
  },
  affiliationWithout: {
    en: 'Give the organisation this affiliation is with.',
    es: 'Indica la organización de esta afiliación.',
  },
});

const SAVE_AS_UTF8: Text = {
  en: 'Save it as UTF-8 and import it again: in Excel, "Save as" → "CSV UTF-8 (Comma delimited)"; in LibreOffice, "Save as" → "Text CSV", tick "Edit filter settings" and choose "Unicode (UTF-8)".',
  es: 'Guárdalo como UTF-8 y vuelve a importarlo: en Excel, "Guardar como" → "CSV UTF-8 (delimitado por comas)"; en LibreOffice, "Guardar como" → "Texto CSV", marca "Editar configuración del filtro" y elige "Unicode (UTF-8)".',
};

export const atMostCharacters = (max: number): Text => ({
  en: `At most ${max} characters.`,
  es: `Como mucho ${max} caracteres.`,
});

export const atMostItems = (max: number): Text => ({
  en: `At most ${max} items.`,
  es: `Como mucho ${max} elementos.`,
});

export const useOneOf = (values: readonly string[]): Text => ({
  en: `Use one of: ${values.join(', ')}.`,
  es: `Usa uno de estos valores: ${values.join(', ')}.`,
});

/** "Item 2 is" / "Items 1, 3 are" for list items (numbered from 1). */
const items = (positions: readonly number[]): Text =>
  positions.length === 1
    ? { en: `Item ${positions[0]} is`, es: `El elemento ${positions[0]} no es` }
    : { en: `Items ${positions.join(', ')} are`, es: `Los elementos ${positions.join(', ')} no son` };

export const itemsNotOneOf = (positions: readonly number[], values: readonly string[]): Text => ({
  en: `${items(positions).en} not one of ${values.join(', ')}; separate items with ";".`,
  es: `${items(positions).es} uno de ${values.join(', ')}; separa los elementos con ";".`,
});

export const itemsNotLanguages = (positions: readonly number[]): Text => ({
  en: `${items(positions).en} not a language code; use two-letter codes such as es;en;ca.`,
  es: `${items(positions).es} un código de idioma; usa códigos de dos letras como es;en;ca.`,
});

/** A header cell that is not a column: named when it looks like one, counted otherwise. */
export const unknownColumn = (known: readonly string[]): Text => ({
  en: `Unknown column; the columns are ${known.join(', ')}.`,
  es: `Columna desconocida; las columnas son ${known.join(', ')}.`,
});

export const headerCellNotAColumn = (cell: number, known: readonly string[]): Text => ({
  en: `Header cell ${cell} is not a column name; the columns are ${known.join(', ')}. Does the file start with its header row?`,
  es: `La celda ${cell} de la cabecera no es un nombre de columna; las columnas son ${known.join(', ')}. ¿Empieza el archivo por su fila de cabecera?`,
});

export const headerCellRepeats = (cell: number, first: number): Text => ({
  en: `Header cell ${cell} repeats header cell ${first}.`,
  es: `La celda ${cell} de la cabecera repite la celda ${first}.`,
});

/** "The same … as row 2.", for each key a row may repeat. */
const SAME_AS_ROW = {
  nationalCode: (row: number): Text => ({
    en: `The same national code as row ${row}.`,
    es: `El mismo código nacional que la fila ${row}.`,
  }),
  email: (row: number): Text => ({
    en: `The same email as row ${row}.`,
    es: `El mismo correo electrónico que la fila ${row}.`,
  }),
  memberStart: (row: number): Text => ({
    en: `The same network, member and start date as row ${row}.`,
    es: `La misma red, miembro y fecha de inicio que la fila ${row}.`,
  }),
  memberCurrent: (row: number): Text => ({
    en: `The same network and member, also without an end date (a member has one current membership per network) as row ${row}.`,
    es: `La misma red y miembro, también sin fecha de fin (un miembro tiene una pertenencia vigente por red), que la fila ${row}.`,
  }),
};

export type RepeatedKey = keyof typeof SAME_AS_ROW;

export const sameAsRow = (key: RepeatedKey, row: number): Text => SAME_AS_ROW[key](row);

export const rowWidth = (cells: number, header: number): Text => ({
  en: `This row has ${cells} cell${cells === 1 ? '' : 's'}; the header has ${header}. Quote cells that contain commas.`,
  es: `Esta fila tiene ${cells} celda${cells === 1 ? '' : 's'}; la cabecera tiene ${header}. Pon entre comillas las celdas que llevan comas.`,
});

/** Why csv-parse stopped, by its code (its own messages quote the cell). */
export function notValidCsv(code: string): Text {
  const why: Text =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? {
          en: 'a quoted cell is never closed (a " is missing).',
          es: 'una celda entre comillas no se cierra (falta una ").',
        }
      : code === 'CSV_INVALID_CLOSING_QUOTE'
        ? {
            en: 'a quoted cell goes on after its closing quote; write a " inside a cell as "" and quote the whole cell.',
            es: 'una celda entre comillas sigue tras su comilla de cierre; escribe una " dentro de una celda como "" y pon la celda entera entre comillas.',
          }
        : code === 'INVALID_OPENING_QUOTE'
          ? {
              en: 'a quote is in the middle of a cell; write a " inside a cell as "" and quote the whole cell.',
              es: 'hay una comilla en medio de una celda; escribe una " dentro de una celda como "" y pon la celda entera entre comillas.',
            }
          : { en: `the CSV reader stopped with ${code}.`, es: `el lector de CSV se detuvo con ${code}.` };
  return {
    en: `The file is not valid CSV from this row on: ${why.en}`,
    es: `El archivo no es un CSV válido desde esta fila: ${why.es}`,
  };
}

export const otherNetworkInFile = (slug: string): Text => ({
  en: `This file adds members to "${slug}"; leave out the network column or use that slug.`,
  es: `Este archivo añade miembros a "${slug}"; quita la columna network o usa ese identificador.`,
});

export const roleNotGrantable = (role: string): Text => ({
  en: `Your role in this network does not allow giving the role "${role}".`,
  es: `Tu papel en esta red no permite dar el papel "${role}".`,
});

export const schoolsOnly = (column: string, kind: string): Text => ({
  en: `Only schools have a ${column.replace('_', ' ')}; leave it empty for a ${kind.replace('_', ' ')}.`,
  es: `Solo los centros educativos tienen ${column}; déjalo vacío para una organización de tipo ${kind}.`,
});

export const encodingByBom = (name: string): Text => ({
  en: `The file is ${name} text (it starts with that encoding's byte-order mark), not UTF-8. ${SAVE_AS_UTF8.en}`,
  es: `El archivo es texto ${name} (empieza por la marca de orden de bytes de esa codificación), no UTF-8. ${SAVE_AS_UTF8.es}`,
});

export const encodingByNuls = (name: string): Text => ({
  en: `The file looks like ${name} text without a byte-order mark (every other byte is zero), not UTF-8. ${SAVE_AS_UTF8.en}`,
  es: `El archivo parece texto ${name} sin marca de orden de bytes (uno de cada dos bytes es cero), no UTF-8. ${SAVE_AS_UTF8.es}`,
});

/** A byte UTF-8 does not allow, with the encoding it most likely comes from (`guess`, in both languages). */
export const notUtf8 = (hex: string, guess: Text): Text => ({
  en: `The file is not UTF-8 text: this line has the byte ${hex}, which UTF-8 does not allow there. It is most likely ${guess.en}. ${SAVE_AS_UTF8.en}`,
  es: `El archivo no es texto UTF-8: esta línea tiene el byte ${hex}, que UTF-8 no admite ahí. Lo más probable es que sea ${guess.es}. ${SAVE_AS_UTF8.es}`,
});

export const otherEightBit: Text = {
  en: 'an 8-bit encoding other than UTF-8 and Windows-1252 (perhaps Mac Roman or an MS-DOS code page)',
  es: 'una codificación de 8 bits distinta de UTF-8 y Windows-1252 (quizá Mac Roman o una página de códigos de MS-DOS)',
};

export const westernWindows = (name: string, hex: string, character: string): Text => ({
  en: `${name}, as Excel's plain "CSV" writes on Western European Windows (its byte ${hex} is "${character}" there)`,
  es: `${name}, como escribe el "CSV" simple de Excel en Windows de Europa occidental (su byte ${hex} es "${character}" ahí)`,
});
