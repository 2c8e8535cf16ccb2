import { z } from 'zod';
import { normaliseTags } from '../shared/tags.js';

/**
 * Cell parsers shared by every import: CSV cells are text, and an empty cell means "not given".
 * Each turns the text into the value the database wants, or fails with a message a person can act on.
 * Messages never quote the cell: the row and column already point at it, and a cell may hold a
 * name or an email that must not end up in a terminal's scrollback or a job's log.
 */

/** Free text, or null when empty. */
export const optionalText = (max = 200) =>
  z
    .string()
    .max(max, `At most ${max} characters.`)
    .transform((value) => (value === '' ? null : value));

export const requiredText = (max = 200) =>
  z.string().min(1, 'Required.').max(max, `At most ${max} characters.`);

/** An empty cell as null, anything else through `schema` (keeping its message, which a union would lose). */
export const emptyOr = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.string().transform((value, context): z.output<T> | null => {
    if (value === '') return null;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

/** One of the allowed values (the message lists them), or null when empty. */
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  emptyOr(z.enum(values, { error: `Use one of: ${values.join(', ')}.` }));

export const requiredChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === '' ? 'Required.' : `Use one of: ${values.join(', ')}.`),
  });

/** A `;`-separated list, each item one of the allowed values. */
export const choiceList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((value, context) => {
    const items = splitList(value);
    const unknown = positionsWhere(items, (item) => !(values as readonly string[]).includes(item));
    if (unknown) {
      context.addIssue({
        code: 'custom',
        message: `${unknown} not one of ${values.join(', ')}; separate items with ";".`,
      });
      return z.NEVER;
    }
    return items as T[number][];
  });

/** A `;`-separated list of free-text items. */
export const textList = (maxItems = 30) =>
  z.string().transform((value, context) => {
    const items = splitList(value);
    if (items.length > maxItems) {
      context.addIssue({ code: 'custom', message: `At most ${maxItems} items.` });
      return z.NEVER;
    }
    return items;
  });

/**
 * A `;`-separated list of expertise or needs tags, in either language: topics become their keys,
 * other tags stay as typed, repeats dropped (shared/tags.ts), as when a person edits their own.
 */
export const tagList = (maxItems = 30) => textList(maxItems).transform(normaliseTags);

/** A `;`-separated list of language codes (ISO 639-1 or 639-2: es, en, ca, eu, gl…), lower-cased. */
export const languageList = () =>
  textList(10).transform((items, context) => {
    const codes = items.map((item) => item.toLowerCase());
    const bad = positionsWhere(codes, (code) => !/^[a-z]{2,3}$/.test(code));
    if (bad) {
      context.addIssue({
        code: 'custom',
        message: `${bad} not a language code; use two-letter codes such as es;en;ca.`,
      });
      return z.NEVER;
    }
    return [...new Set(codes)];
  });

/** true/false (also yes/no, sí/no, 1/0), or null when empty. */
export const optionalBoolean = () =>
  z.string().transform((value, context) => {
    const normalised = value.toLowerCase();
    if (normalised === '') return null;
    if (['true', 'yes', 'sí', 'si', '1'].includes(normalised)) return true;
    if (['false', 'no', '0'].includes(normalised)) return false;
    context.addIssue({ code: 'custom', message: 'Use true or false (also yes/no, sí/no, 1/0).' });
    return z.NEVER;
  });

/** A date as YYYY-MM-DD, or null when empty. */
export const optionalDate = () =>
  emptyOr(z.iso.date({ error: 'Use a date as YYYY-MM-DD, e.g. 2026-09-01.' }));

/** An email address, lower-cased (people are matched on it), or null when empty. */
export const optionalEmail = () =>
  emptyOr(z.email({ error: 'Not an email address.' }).transform((email) => email.toLowerCase()));

/** "Item 2 is" / "Items 1, 3 are" for the list items that fail `test` (numbered from 1), or null when none does. */
function positionsWhere(items: readonly string[], test: (item: string) => boolean): string | null {
  const positions = items.flatMap((item, index) => (test(item) ? [index + 1] : []));
  if (positions.length === 0) return null;
  return positions.length === 1 ? `Item ${positions[0]} is` : `Items ${positions.join(', ')} are`;
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** An optional number above zero, written with a dot ("2.5"). */
export const optionalPositiveNumber = () =>
  emptyOr(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'Use a number such as 1 or 2.5.')
      .transform(Number)
      .refine((n) => n > 0, 'Must be more than 0.'),
  );
