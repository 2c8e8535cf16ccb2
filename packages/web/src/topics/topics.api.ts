/** The topic vocabulary's autocomplete, and tags labelled in the reader's language. */
import type { z } from 'zod';
import type { TopicsAnswer, TopicsQuery } from '../../../server/src/topics/topics.schema.js';
import { api, withQuery } from '../api/client.ts';

// The same resolution and labels as the server's: one vocabulary, declared there.
export { foldTag, isTopicKey, resolveTag, tagLabel } from '../../../server/src/shared/tags.js';

/** What GET /topics answers. */
export type Topics = z.infer<typeof TopicsAnswer>;

export const topicKeys = { matching: (q: string) => ['topics', q] as const };

export const searchTopics = (q: string, signal?: AbortSignal) =>
  api<Topics>(withQuery('/topics', { q } satisfies z.input<typeof TopicsQuery>), { signal });
