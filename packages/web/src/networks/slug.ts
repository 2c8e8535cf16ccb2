/** Suggesting a network's slug (its address, `/networks/{slug}`) from its name. */

import { SLUG_MAX_LENGTH } from '../../../server/src/shared/slug.js';

export { SLUG_MAX_LENGTH };

/**
 * "Red de Lectura" → "red-de-lectura": accents folded (so Spanish names give readable ASCII),
 * lower case, every run of other characters one hyphen, none at either end: a suggestion always
 * follows the server's `SLUG_PATTERN`, or is empty.
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}
