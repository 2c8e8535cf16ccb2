import { z } from 'zod';
import type { Text } from '../shared/text.js';
import {
  atMostCharacters,
  atMostItems,
  IMPORT_TEXTS,
  itemsNotLanguages,
  itemsNotOneOf,
  useOneOf,
} from './import.texts.js';
import { normaliseTags } from '../shared/tags.js';

/**
 * Cell parsers shared by every import: CSV cells are text, and an empty cell means "not given".
 * Each turns the text into the value the database wants, or fails with a `Text` a person can act
 * on, in both languages (import.texts.ts). Messages never quote the cell: the row and column
 * already point at it, and a cell may hold a name or an email that must not end up in a
 * terminal's scrollback or a job's log.
 */

type Context = z.core.$RefinementCtx;

/** Adds the cell's problem: zod keeps the English as the message and the text in its params. */
function fail(context: Context, text: Text): typeof z.NEVER {
  context.addIssue({ code: 'custom', message: text.en, params: { text } });
  return z.NEVER;
}

/** Free text, or null when empty. */
export const optionalText = (max = 200) =>
  z.string().transform((value, context) => {
    if (value.length > max) return fail(context, atMostCharacters(max));
    return value === '' ? null : value;
  });

export const requiredText = (max = 200) =>
  z.string().transform((value, context) => {
    if (value === '') return fail(context, IMPORT_TEXTS.required);
    if (value.length > max) return fail(context, atMostCharacters(max));
    return value;
  });

const isOneOf = <T extends readonly string[]>(values: T, value: string): value is T[number] =>
  values.includes(value);

/** One of the allowed values (the message lists them), or null when empty. */
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((value, context): T[number] | null => {
    if (value === '') return null;
    return isOneOf(values, value) ? value : fail(context, useOneOf(values));
  });

export const requiredChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((value, context): T[number] => {
    if (value === '') return fail(context, IMPORT_TEXTS.required);
    return isOneOf(values, value) ? value : fail(context, useOneOf(values));
  });

/** A `;`-separated list, each item one of the allowed values. */
export const choiceList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((value, context) => {
    const items = splitList(value);
    const unknown = positionsWhere(items, (item) => !isOneOf(values, item));
    if (unknown) return fail(context, itemsNotOneOf(unknown, values));
    return items as T[number][];
  });

/** A `;`-separated list of free-text items. */
export const textList = (maxItems = 30) =>
  z.string().transform((value, context) => {
    const items = splitList(value);
    return items.length > maxItems ? fail(context, atMostItems(maxItems)) : items;
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
    if (bad) return fail(context, itemsNotLanguages(bad));
    return [...new Set(codes)];
  });

/** true/false (also yes/no, sí/no, 1/0), or null when empty. */
export const optionalBoolean = () =>
  z.string().transform((value, context) => {
    const normalised = value.toLowerCase();
    if (normalised === '') return null;
    if (['true', 'yes', 'sí', 'si', '1'].includes(normalised)) return true;
    if (['false', 'no', '0'].includes(normalised)) return false;
    return fail(context, IMPORT_TEXTS.notABoolean);
  });

const ISO_DATE = z.iso.date();
const EMAIL = z.email();

/** A date as YYYY-MM-DD, or null when empty. */
export const optionalDate = () =>
  z.string().transform((value, context) => {
    if (value === '') return null;
    return ISO_DATE.safeParse(value).success ? value : fail(context, IMPORT_TEXTS.notADate);
  });

/** An email address, lower-cased (people are matched on it), or null when empty. */
export const optionalEmail = () =>
  z.string().transform((value, context) => {
    if (value === '') return null;
    return EMAIL.safeParse(value).success ? value.toLowerCase() : fail(context, IMPORT_TEXTS.notAnEmail);
  });

/** The list items (numbered from 1) that fail `test`, or null when none does. */
function positionsWhere(items: readonly string[], test: (item: string) => boolean): number[] | null {
  const positions = items.flatMap((item, index) => (test(item) ? [index + 1] : []));
  return positions.length === 0 ? null : positions;
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** An optional number above zero, written with a dot ("2.5"). */
export const optionalPositiveNumber = () =>
  z.string().transform((value, context) => {
    if (value === '') return null;
    if (!/^\d+(\.\d+)?$/.test(value)) return fail(context, IMPORT_TEXTS.notANumber);
    const number = Number(value);
    return number > 0 ? number : fail(context, IMPORT_TEXTS.notPositive);
  });
