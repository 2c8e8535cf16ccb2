import { canSeeFreeTags, type Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import type { Locale } from '../shared/locale.js';
import { foldTag, searchTopics } from '../shared/tags.js';
import { freeTagsInUse } from './topics.queries.js';
import { TOPIC_SEARCH_LIMIT, type TopicsAnswer } from './topics.schema.js';

/**
 * What a tag box suggests for the text typed: topics of the vocabulary in the reader's language
 * (prefix and alias matches first), and, for signed-in callers, free tags people already use.
 */
export async function suggestTopics(
  db: Executor,
  principal: Principal,
  query: string,
  locale: Locale,
): Promise<TopicsAnswer> {
  const matches = searchTopics(query, locale);
  const topics = (query ? matches.slice(0, TOPIC_SEARCH_LIMIT) : matches).map(({ topic, matched }) => ({
    key: topic.key,
    label: topic[locale],
    labels: { en: topic.en, es: topic.es },
    matched,
  }));
  const freeTags =
    canSeeFreeTags(principal) && foldTag(query) !== ''
      ? await freeTagsInUse(db, foldTag(query), TOPIC_SEARCH_LIMIT)
      : [];
  return { topics, freeTags: freeTags.map(({ tag, uses }) => ({ tag, uses })) };
}
