/**
 * The domain's controlled vocabularies, straight from the server's single source of truth,
 * so a new kind or role shows up here (and TypeScript asks for its labels) without copying lists.
 */
export * from '../../../server/src/shared/vocabulary.js';
