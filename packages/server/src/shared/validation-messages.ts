import type { z } from 'zod';

/**
 * What a person reads when a field is wrong, in English and Spanish: "Enter at least 2 characters",
 * not zod's "Too small: expected string to have >=2 characters". Zod calls `humanIssueMessage` in
 * English while it parses (installed in locale.ts); a Spanish reader's message is worked out later
 * from the finished issue, which no longer carries the input, so a missing value is recognised by
 * its English wording (see `localisedIssueMessage`).
 */
export type MessageLocale = 'en' | 'es';

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/** `missing` says the input was absent: "required" rather than "wrong type". */
export function humanIssueMessage(issue: Issue, locale: MessageLocale, missing: boolean): string {
  const t = texts[locale];
  switch (issue.code) {
    case 'invalid_type':
      return missing ? t.required : (t.expected[issue.expected] ?? t.wrongType);
    case 'too_small':
      return tooSmall(t, issue.origin, Number(issue.minimum), issue.inclusive ?? true, issue.exact);
    case 'too_big':
      return tooBig(t, issue.origin, Number(issue.maximum), issue.inclusive ?? true, issue.exact);
    case 'invalid_format':
      return formatMessage(t, issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? t.mustBe(String(issue.values[0]))
        : t.oneOf(issue.values.map((value) => String(value)).join(', '));
    case 'unrecognized_keys':
      return t.unknownFields(issue.keys);
    case 'not_multiple_of':
      return t.multipleOf(Number(issue.divisor));
    default:
      return t.invalid;
  }
}

type Texts = typeof en;

function tooSmall(t: Texts, origin: string, n: number, inclusive: boolean, exact?: boolean): string {
  if (origin === 'string') {
    if (exact) return t.exactChars(n);
    return n <= 1 && inclusive ? t.notEmpty : t.minChars(inclusive ? n : n + 1);
  }
  if (origin === 'array' || origin === 'set')
    return exact ? t.exactItems(n) : t.minItems(inclusive ? n : n + 1);
  if (origin === 'date') return t.dateFrom(new Date(n).toISOString().slice(0, 10));
  if (origin === 'number' || origin === 'bigint') return inclusive ? t.atLeast(n) : t.moreThan(n);
  return t.invalid;
}

function tooBig(t: Texts, origin: string, n: number, inclusive: boolean, exact?: boolean): string {
  if (origin === 'string') return exact ? t.exactChars(n) : t.maxChars(inclusive ? n : n - 1);
  if (origin === 'array' || origin === 'set')
    return exact ? t.exactItems(n) : t.maxItems(inclusive ? n : n - 1);
  if (origin === 'date') return t.dateUntil(new Date(n).toISOString().slice(0, 10));
  if (origin === 'number' || origin === 'bigint') return inclusive ? t.atMost(n) : t.lessThan(n);
  if (origin === 'file') return t.fileTooBig;
  return t.invalid;
}

function formatMessage(
  t: Texts,
  issue: { format: string; prefix?: string; suffix?: string; includes?: string },
) {
  switch (issue.format) {
    case 'starts_with':
      return t.startsWith(issue.prefix ?? '');
    case 'ends_with':
      return t.endsWith(issue.suffix ?? '');
    case 'includes':
      return t.includes(issue.includes ?? '');
    default:
      return t.format[issue.format] ?? t.badFormat;
  }
}

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const en = {
  required: 'This is required.',
  wrongType: 'This value is not of the expected kind.',
  expected: {
    string: 'Enter text.',
    number: 'Enter a number.',
    int: 'Enter a whole number.',
    boolean: 'Choose yes or no.',
    array: 'Expected a list.',
    object: 'Expected a set of fields (a JSON object).',
    date: 'Enter a date.',
    bigint: 'Enter a whole number.',
  } as Record<string, string>,
  notEmpty: 'This cannot be empty.',
  minChars: (n: number) => `Enter at least ${count(n, 'character', 'characters')}.`,
  maxChars: (n: number) => `Use at most ${count(n, 'character', 'characters')}.`,
  exactChars: (n: number) => `Enter exactly ${count(n, 'character', 'characters')}.`,
  minItems: (n: number) => (n === 1 ? 'Choose at least one.' : `Choose at least ${n}.`),
  maxItems: (n: number) => (n === 1 ? 'Choose only one.' : `Choose at most ${n}.`),
  exactItems: (n: number) => `Choose exactly ${n}.`,
  atLeast: (n: number) => `Enter ${n} or more.`,
  moreThan: (n: number) => `Enter a number greater than ${n}.`,
  atMost: (n: number) => `Enter ${n} or less.`,
  lessThan: (n: number) => `Enter a number less than ${n}.`,
  dateFrom: (d: string) => `Choose ${d} or later.`,
  dateUntil: (d: string) => `Choose ${d} or earlier.`,
  fileTooBig: 'The file is too large.',
  format: {
    email: 'Enter an email address, such as name@school.org.',
    uuid: 'This is not a valid identifier.',
    guid: 'This is not a valid identifier.',
    date: 'Enter a date as YYYY-MM-DD.',
    datetime: 'Enter a date and time, such as 2026-09-15T09:00:00Z.',
    time: 'Enter a time as HH:MM.',
    url: 'Enter a web address, such as https://school.org.',
  } as Record<string, string>,
  badFormat: 'This is not in the expected format.',
  startsWith: (s: string) => `Start with “${s}”.`,
  endsWith: (s: string) => `End with “${s}”.`,
  includes: (s: string) => `Include “${s}”.`,
  mustBe: (v: string) => `Must be “${v}”.`,
  oneOf: (vs: string) => `Choose one of: ${vs}.`,
  unknownFields: (keys: string[]) =>
    `${keys.length === 1 ? 'Unknown field' : 'Unknown fields'}: ${keys.join(', ')}.`,
  multipleOf: (d: number) => `Enter a multiple of ${d}.`,
  invalid: 'This value is not valid.',
};

const es: typeof en = {
  required: 'Este dato es obligatorio.',
  wrongType: 'Este valor no es del tipo esperado.',
  expected: {
    string: 'Escribe un texto.',
    number: 'Escribe un número.',
    int: 'Escribe un número entero.',
    boolean: 'Elige sí o no.',
    array: 'Se esperaba una lista.',
    object: 'Se esperaba un conjunto de campos (un objeto JSON).',
    date: 'Escribe una fecha.',
    bigint: 'Escribe un número entero.',
  } as Record<string, string>,
  notEmpty: 'No puede quedar vacío.',
  minChars: (n: number) => `Escribe al menos ${count(n, 'carácter', 'caracteres')}.`,
  maxChars: (n: number) => `Usa como máximo ${count(n, 'carácter', 'caracteres')}.`,
  exactChars: (n: number) => `Escribe exactamente ${count(n, 'carácter', 'caracteres')}.`,
  minItems: (n: number) => (n === 1 ? 'Elige al menos uno.' : `Elige al menos ${n}.`),
  maxItems: (n: number) => (n === 1 ? 'Elige solo uno.' : `Elige como máximo ${n}.`),
  exactItems: (n: number) => `Elige exactamente ${n}.`,
  atLeast: (n: number) => `Escribe ${n} o más.`,
  moreThan: (n: number) => `Escribe un número mayor que ${n}.`,
  atMost: (n: number) => `Escribe ${n} o menos.`,
  lessThan: (n: number) => `Escribe un número menor que ${n}.`,
  dateFrom: (d: string) => `Elige el ${d} o una fecha posterior.`,
  dateUntil: (d: string) => `Elige el ${d} o una fecha anterior.`,
  fileTooBig: 'El archivo es demasiado grande.',
  format: {
    email: 'Escribe una dirección de correo, como nombre@escuela.org.',
    uuid: 'No es un identificador válido.',
    guid: 'No es un identificador válido.',
    date: 'Escribe la fecha como AAAA-MM-DD.',
    datetime: 'Escribe una fecha y hora, como 2026-09-15T09:00:00Z.',
    time: 'Escribe la hora como HH:MM.',
    url: 'Escribe una dirección web, como https://escuela.org.',
  } as Record<string, string>,
  badFormat: 'No tiene el formato esperado.',
  startsWith: (s: string) => `Empieza por «${s}».`,
  endsWith: (s: string) => `Termina en «${s}».`,
  includes: (s: string) => `Incluye «${s}».`,
  mustBe: (v: string) => `Debe ser «${v}».`,
  oneOf: (vs: string) => `Elige una de estas opciones: ${vs}.`,
  unknownFields: (keys: string[]) =>
    `${keys.length === 1 ? 'Campo desconocido' : 'Campos desconocidos'}: ${keys.join(', ')}.`,
  multipleOf: (d: number) => `Escribe un múltiplo de ${d}.`,
  invalid: 'Este valor no es válido.',
};

const texts: Record<MessageLocale, typeof en> = { en, es };
