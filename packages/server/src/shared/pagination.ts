import { z } from '@hono/zod-openapi';
import { validationFailed } from './errors.js';
import type { Text } from './text.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const NOT_A_CURSOR: Text = {
  en: 'Not a cursor this list gave out.',
  es: 'No es un cursor que haya dado esta lista.',
};

/** `cursor` and `limit`, shared by every list endpoint; a list may choose its own page size. */
export const pageQuery = (defaultSize = DEFAULT_PAGE_SIZE) =>
  z.object({
    cursor: z
      .string()
      .max(500)
      .optional()
      .openapi({ description: 'Opaque cursor from the previous page’s `nextCursor`.' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE)
      .default(defaultSize)
      .openapi({ description: `Items per page (1–${MAX_PAGE_SIZE}, default ${defaultSize}).` }),
  });

export const PageQuery = pageQuery();

/** A page of a list: the items and the cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);

/**
 * Cursors are the sort key of the last item, base64url-encoded JSON: opaque to clients,
 * and keyset-based so that a page costs the same however deep it is.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What one part of a cursor must be: free text, a UUID, an integer, or one of a list of values. */
export type CursorPart = 'text' | 'uuid' | 'int' | readonly string[];
type CursorValue<Part> = Part extends 'int' ? number : string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fitsPart(value: unknown, part: CursorPart): boolean {
  if (part === 'int') return Number.isSafeInteger(value);
  if (typeof value !== 'string') return false;
  if (part === 'uuid') return UUID.test(value);
  return part === 'text' || part.includes(value);
}

/**
 * Decodes a cursor made by `encodeCursor` whose parts must fit `shape`. A tampered cursor is a
 * 400 here, before it can reach the database as a value that fails a cast there.
 */
export function decodeCursor<const Shape extends readonly CursorPart[]>(
  cursor: string,
  shape: Shape,
): { [K in keyof Shape]: CursorValue<Shape[K]> } {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      shape.every((part, i) => fitsPart(key[i], part))
    ) {
      return key as never;
    }
  } catch {
    // fall through to the error below
  }
  throw validationFailed([{ path: 'cursor', message: NOT_A_CURSOR }]);
}

/** Given `limit + 1` rows, returns one page and the next cursor. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => readonly (string | number)[],
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(toItem),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
