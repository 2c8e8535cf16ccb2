/** The summaries' wording in the reader's language (signal-summary.ts takes it as an argument, so it can be tested without React). */
import { useI18n } from '../i18n/i18n.tsx';
import type { Say } from './signal-summary.ts';

export function useSay(): Say {
  const { t, fill, plural } = useI18n();
  return { m: t.measures, fill, plural };
}
