import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { z } from 'zod';
import { isText } from './text.js';
import { humanIssueMessage } from './validation-messages.js';

/** The languages Trellis speaks; the web app sends its own as `Accept-Language`. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

// Every zod message is worded for people, in English while parsing; see validation-messages.ts.
z.config({ localeError: (issue) => humanIssueMessage(issue, 'en', issue.input === undefined) });

/** The caller's language from `Accept-Language`, by primary subtag ("es-ES" is Spanish), else English. */
export function requestLocale(c: Context): Locale {
  return accepts(c, {
    header: 'Accept-Language',
    supports: [...LOCALES],
    default: 'en',
    match: (ranges, { supports, default: fallback }) => {
      const preferred = ranges.filter((range) => range.q > 0).sort((a, b) => b.q - a.q);
      for (const range of preferred) {
        const primary = range.type.toLowerCase().split('-')[0];
        const found = supports.find((locale) => locale === primary);
        if (found) return found;
      }
      return fallback;
    },
  }) as Locale;
}

/**
 * A validation issue's message in `locale`: a refinement's own text (`refinement()` in text.ts)
 * in that language, Trellis's wording of zod's checks translated, any other message as written.
 */
export function localisedIssueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.code === 'custom' && isText(issue.params?.text)) return issue.params.text[locale];
  if (locale === 'en') return issue.message;
  for (const missing of [true, false]) {
    if (issue.message === humanIssueMessage(issue, 'en', missing))
      return humanIssueMessage(issue, locale, missing);
  }
  return issue.message;
}

/** The region's language: mail to someone who has never chosen one is in it. */
export const REGION_LOCALE: Locale = 'es';

/** A stored language if Trellis speaks it, else the region's. */
export function localeOr(value: string | null | undefined, fallback: Locale = REGION_LOCALE): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : fallback;
}
