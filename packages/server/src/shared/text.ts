import type { Locale } from './locale.js';

/**
 * A sentence people read, in every language Trellis speaks. Domains declare theirs beside their
 * code (`surveys.messages.ts`, say) and throw them in an `ApiError` or a field issue; the error
 * handler answers in the caller's language. Typed by `Locale`, so a missing translation fails tsc.
 */
export type Text = Readonly<Record<Locale, string>>;

/** Declares a domain's texts; `satisfies` keeps each key's literal for autocompletion. */
export function defineTexts<K extends string>(texts: Record<K, Text>): Record<K, Text> {
  return texts;
}

export function isText(value: unknown): value is Text {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Text).en === 'string' &&
    typeof (value as Text).es === 'string'
  );
}

/** A text, or a string already in the reader's language, as `locale` reads it. */
export function inLocale(text: string | Text, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/**
 * A zod refinement's message in both languages: `.refine(check, refinement(texts.x))`. Zod keeps
 * the English as the message and the text in its params, which `localisedIssueMessage` reads.
 */
export function refinement(text: Text): { message: string; params: { text: Text } } {
  return { message: text.en, params: { text } };
}
