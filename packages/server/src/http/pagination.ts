import { z } from '@hono/zod-openapi';
import { ApiError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** `cursor` and `limit`, shared by every list endpoint. */
export const PageQuery = z.object({
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
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ description: `Items per page (1–${MAX_PAGE_SIZE}).` }),
});

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

/** Decodes a cursor made by `encodeCursor` with `length` parts; a tampered cursor is a 400. */
export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new ApiError('VALIDATION_FAILED', 'cursor: Not a cursor this list gave out.', {
    issues: [{ path: 'cursor', message: 'Not a cursor this list gave out.' }],
  });
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
