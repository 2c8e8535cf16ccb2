/**
 * A text written in English, Spanish or both (a network's `purpose`/`purposeEs`, a survey's or a
 * collection's `title`/`titleEs`) in the reader's language: a reader sees theirs, else the other.
 * `lang` is set only when the other language is shown, so that it is marked up.
 */
import type { Locale } from './i18n.tsx';

export interface TextInLanguage {
  text: string;
  /** The text's language when it differs from the reader's (for the `lang` attribute). */
  lang?: Locale;
}

/** English `en` and Spanish `es` ('' = not written) for a reader of `locale`; '' when neither is written. */
export function inReaderLanguage(en: string, es: string, locale: Locale): TextInLanguage {
  const [mine, other, otherLang]: [string, string, Locale] =
    locale === 'es' ? [es, en, 'en'] : [en, es, 'es'];
  if (mine.trim()) return { text: mine };
  if (other.trim()) return { text: other, lang: otherLang };
  return { text: '' };
}
