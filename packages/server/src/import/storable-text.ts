import type { Text } from '../shared/text.js';
import { IMPORT_TEXTS } from './import.texts.js';

/**
 * Text PostgreSQL cannot store as it was written: a NUL character (its text types end at one, so
 * the whole statement fails) and lone UTF-16 surrogates (encoding them to UTF-8 turns each into
 * U+FFFD, changing the text without a word; csv-parse itself does so, which is why they are
 * looked for before parsing). A strict UTF-8 decode never yields a lone surrogate; text handed
 * to `importCsv` as a string can.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a parsed cell's text cannot be stored, as a sentence for an import issue, or null when it can. */
export function unstorableText(text: string): Text | null {
  return text.includes('\u0000') ? IMPORT_TEXTS.nulCharacter : null;
}

/** The first line (as an editor numbers them) holding a lone surrogate, with the sentence to report, or null. */
export function loneSurrogateLine(text: string): { line: number; message: Text } | null {
  const found = LONE_SURROGATE.exec(text);
  if (!found) return null;
  const line = (text.slice(0, found.index).match(/\r\n?|\n/g)?.length ?? 0) + 1;
  return {
    line,
    message: IMPORT_TEXTS.loneSurrogate,
  };
}
