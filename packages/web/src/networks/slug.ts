/** Suggesting a network's slug (its address, `/networks/{slug}`) from its name. */

/** The API's limit on a slug's length. */
export const SLUG_MAX_LENGTH = 80;

/**
 * "Red de Lectura" → "red-de-lectura": accents folded (so Spanish names give readable ASCII),
 * lower case, every run of other characters one hyphen, none at either end. The server's rule is
 * `^[a-z0-9]+(-[a-z0-9]+)*$`; a suggestion always follows it, or is empty.
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
