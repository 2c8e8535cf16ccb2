/**
 * Scrubbing an erased person out of audit entries. An entry keeps its shape (action, entity,
 * the keys of its details and any numbers in them), so the log still says what happened and
 * when; the person's id becomes the tombstone's, and every value that is personal becomes
 * ERASED_VALUE.
 */

export const ERASED_VALUE = '[erased]';

/** Personal strings shorter than this are not matched inside other text (they would match anything). */
const MIN_MATCHED_LENGTH = 3;

export interface ScrubTarget {
  personId: string;
  tombstoneId: string;
  /** The person's own strings: name, email, expertise, needs, outside names only they typed… */
  personalValues: readonly string[];
}

export interface ScrubbableEntry {
  actorId: string | null;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A value as whole words, case-insensitively: "Ana" is found in "added Ana Ruiz" but not in
 * "Red Canaria", so that erasing one person does not blank unrelated entries.
 */
const wholeWords = (value: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(value)}($|[^\\p{L}\\p{N}])`, 'iu');

/** The values worth looking for: trimmed, lower-cased, long enough to mean something, no repeats. */
export function matchableValues(values: readonly (string | null | undefined)[]): string[] {
  const cleaned = values.flatMap((value) => {
    const trimmed = value?.trim().toLowerCase() ?? '';
    return trimmed.length >= MIN_MATCHED_LENGTH ? [trimmed] : [];
  });
  return [...new Set(cleaned)];
}

/**
 * The entry with the person scrubbed out. An entry about the person themselves (their profile
 * edited, their sign-ins) loses every string in its details, since all of it is theirs; any
 * other entry loses the strings that contain one of their values.
 */
export function scrubAuditEntry(entry: ScrubbableEntry, target: ScrubTarget): ScrubbableEntry {
  const aboutPerson = entry.entityType === 'person' && entry.entityId === target.personId;
  const values = matchableValues(target.personalValues);
  const patterns = values.map(wholeWords);
  const containsPersonal = (text: string) => patterns.some((pattern) => pattern.test(text));
  const rekey = (text: string) => text.split(target.personId).join(target.tombstoneId);
  const scrubString = (text: string): string => {
    if (text === target.personId) return target.tombstoneId;
    if (aboutPerson || containsPersonal(text)) return ERASED_VALUE;
    return rekey(text);
  };
  // Keys are field names ("expertise"), kept even in an entry about the person, unless one of
  // their values was used as a key.
  const scrubKey = (key: string): string => (containsPersonal(key) ? ERASED_VALUE : rekey(key));
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return scrubString(value);
    if (Array.isArray(value)) return value.map(scrub);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner], index) => {
          const scrubbedKey = scrubKey(key);
          // Two keys that both scrub to the marker must not collapse into one.
          return [scrubbedKey === ERASED_VALUE ? `${ERASED_VALUE} ${index + 1}` : scrubbedKey, scrub(inner)];
        }),
      );
    }
    return value; // numbers, booleans and null say nothing about who
  };
  return {
    actorId: entry.actorId === target.personId ? target.tombstoneId : entry.actorId,
    entityType: entry.entityType,
    entityId: entry.entityId === target.personId ? target.tombstoneId : entry.entityId,
    details: entry.details === null ? null : (scrub(entry.details) as Record<string, unknown>),
  };
}
