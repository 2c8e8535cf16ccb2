/**
 * Language for the whole app: the chosen catalogue, `Intl` formatting, and the choice itself —
 * remembered in localStorage, sent to the server when signed in, mirrored on `<html lang>`, and
 * sent with every API call as `Accept-Language`, so that validation messages come in it too.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client.ts';
import { en, type Catalogue, type PluralMessage } from './en.ts';
import { es } from './es.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOGUES: Record<Locale, Catalogue> = { en, es };
const STORAGE_KEY = 'trellis.locale';

/** The names of the languages, each in its own language (so anyone can find theirs). */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The locale remembered on this device, if the person ever chose one. */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage can be disabled
  }
}

/** First visit: the first of the browser's languages we have, else English. */
function browserLocale(): Locale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

type Values = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  t: Catalogue;
  /** Changes the language; `remember` stores it on this device (default true). */
  setLocale(locale: Locale, remember?: boolean): void;
  /** Puts values into a `{name}` template; numbers are formatted for the locale. */
  fill(template: string, values?: Values): string;
  /** Picks the plural form for `count` and fills `{count}` and any other values. */
  plural(message: PluralMessage, count: number, values?: Values): string;
  number(value: number): string;
  /** Formats an ISO date (`2026-09-01`) or timestamp for the locale. */
  date(value: string): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the language to the app; the initial choice is stored → browser → English. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = storedLocale() ?? browserLocale();
    // Set before the first paint, so assistive technology never reads Spanish as English.
    document.documentElement.lang = initial;
    setApiLanguage(initial);
    return initial;
  });

  useEffect(() => {
    document.documentElement.lang = locale;
    setApiLanguage(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale, remember = true) => {
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // not remembered, but still switched
      }
    }
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(locale);
    const plurals = new Intl.PluralRules(locale);
    // A calendar day is the same day everywhere; an instant is shown on the user's own clock.
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const instants = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const fill = (template: string, values: Values = {}) =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const found = values[name];
        if (found === undefined) return whole;
        return typeof found === 'number' ? numbers.format(found) : found;
      });
    return {
      locale,
      t: CATALOGUES[locale],
      setLocale,
      fill,
      plural: (message, count, values = {}) =>
        fill(plurals.select(count) === 'one' ? message.one : message.other, { ...values, count }),
      number: (n) => numbers.format(n),
      date: (iso) => {
        // Date-only values are calendar days: read and shown in UTC so no time zone shifts the day.
        // Timestamps are instants: shown in the user's time zone, where their day may differ.
        const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
        const parsed = new Date(day ? `${iso}T00:00:00Z` : iso);
        if (Number.isNaN(parsed.getTime())) return iso;
        return (day ? days : instants).format(parsed);
      },
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its messages and formatters. */
export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>.');
  return context;
}
