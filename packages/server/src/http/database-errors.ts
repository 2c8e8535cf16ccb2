import { findPostgresError } from '../shared/database-error.js';
import { ApiError } from '../shared/errors.js';
import { defineTexts } from '../shared/text.js';

/** PostgreSQL SQLSTATEs that mean the request asked for something the data forbids. */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';

const TEXTS = defineTexts({
  duplicate: {
    en: 'This would duplicate an existing record.',
    es: 'Esto duplicaría un registro que ya existe.',
  },
  missingReference: {
    en: 'This refers to a record that does not exist.',
    es: 'Esto se refiere a un registro que no existe.',
  },
  outOfRange: { en: 'A value is outside what is allowed.', es: 'Un valor está fuera de lo permitido.' },
});

/**
 * Maps a constraint violation that slipped past validation (a race between two requests, say) to
 * a 409 rather than a 500. The constraint's name is the detail; the SQL is not.
 */
export function constraintViolation(error: unknown): ApiError | undefined {
  const pgError = findPostgresError(error);
  const details = typeof pgError?.constraint === 'string' ? { constraint: pgError.constraint } : undefined;
  switch (pgError?.code) {
    case UNIQUE_VIOLATION:
      return new ApiError('CONFLICT', TEXTS.duplicate, details);
    case FOREIGN_KEY_VIOLATION:
      return new ApiError('CONFLICT', TEXTS.missingReference, details);
    case CHECK_VIOLATION:
      return new ApiError('VALIDATION_FAILED', TEXTS.outOfRange, details);
    default:
      return undefined;
  }
}
