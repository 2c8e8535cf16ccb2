import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { z } from 'zod';

/** The languages Trellis speaks; the web app sends its own as `Accept-Language`. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const localeErrors = { en: z.locales.en().localeError, es: z.locales.es().localeError };

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
 * A validation issue's message in `locale`. Zod's own messages are translated; a message a
 * schema wrote itself (a refinement's, say) differs from zod's English one and is kept.
 */
export function localisedIssueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  if (locale === 'en') return issue.message;
  const standard = messageOf(localeErrors.en(issue as never));
  if (standard !== issue.message) return issue.message;
  return messageOf(localeErrors[locale](issue as never)) ?? issue.message;
}

function messageOf(result: unknown): string | undefined {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && 'message' in result && typeof result.message === 'string')
    return result.message;
  return undefined;
}

/** The region's language: mail to someone who has never chosen one is in it. */
export const REGION_LOCALE: Locale = 'es';

/** A stored language if Trellis speaks it, else the region's. */
export function localeOr(value: string | null | undefined, fallback: Locale = REGION_LOCALE): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : fallback;
}
