/** Labels for network facts that combine several messages. */
import type { Catalogue } from '../i18n/en.ts';
import { NETWORK_LEVELS } from '../api/vocabulary.ts';

/** The typology name of a level (1–5), e.g. "School improvement"; empty if out of range. */
export function levelName(t: Catalogue, level: number): string {
  const name = NETWORK_LEVELS[level - 1];
  return name ? t.vocab.networkLevel[name] : '';
}
