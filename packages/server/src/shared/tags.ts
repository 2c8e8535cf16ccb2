/**
 * Expertise and needs tags: a tag as typed resolves to its topic's key (topics.ts) when it names
 * one, in either language, by label, alias or key, ignoring case and accents; anything else stays
 * a free tag, kept as typed (trimmed) and compared folded. No dependencies beyond topics.ts, so
 * the web app labels and resolves tags with the same code.
 */
import type { Locale } from './locale.js';
import { TOPICS, type Topic } from './topics.js';

/**
 * A tag as compared: lower case, accents and other marks dropped, dashes as hyphens, spaces
 * collapsed ("Evaluación  Formativa" → "evaluacion formativa"). The database folds free tags with
 * lower() and unaccent(), which agree with this on the letters people type.
 */
export function foldTag(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, Topic>(TOPICS.map((topic) => [topic.key, topic]));

/** Every way of naming each topic, folded, to its key. */
const BY_NAME = new Map<string, string>(
  TOPICS.flatMap((topic) =>
    [topic.key, topic.en, topic.es, ...topic.aliases.en, ...topic.aliases.es].map(
      (name) => [foldTag(name), topic.key] as const,
    ),
  ),
);

/** The topic a stored tag names, if it is a topic key. */
export function topicOfTag(tag: string): Topic | undefined {
  return BY_KEY.get(tag);
}

/** Is this stored tag a topic of the vocabulary (rather than a free tag)? */
export function isTopicKey(tag: string): boolean {
  return BY_KEY.has(tag);
}

/** What to store for a tag as typed: its topic's key, or the text itself, trimmed and tidied. */
export function resolveTag(typed: string): string {
  const tidy = typed.replace(/\s+/g, ' ').trim();
  return BY_NAME.get(foldTag(tidy)) ?? tidy;
}

/**
 * A list of tags as typed, as stored: each resolved, empty ones dropped, repeats (the same topic,
 * or free tags equal once folded) dropped keeping the first.
 */
export function normaliseTags(typed: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of typed.map(resolveTag)) {
    const folded = foldTag(tag);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
  }
  return tags;
}

/** A stored tag as a reader sees it: the topic's label in their language, or the free tag as typed. */
export function tagLabel(tag: string, locale: Locale): string {
  return topicOfTag(tag)?.[locale] ?? tag;
}

/** One topic that matches what was typed, and how well. */
export interface TopicMatch {
  topic: Topic;
  /** The alias (or other language's label) that matched, when the reader's label did not. */
  matched: string | null;
  /** 0 the reader's label starts so; 1 another name does; 2 a later word does; 3 it appears inside. */
  rank: number;
}

const OTHER: Record<Locale, Locale> = { en: 'es', es: 'en' };

/**
 * The topics that `query` matches, best first: names that begin with it (the reader's label,
 * then the other language's label and the aliases), then names with a word that begins with it,
 * then names that contain it; ties in the reader's alphabetical order. An empty query lists all.
 */
export function searchTopics(query: string, locale: Locale): TopicMatch[] {
  const wanted = foldTag(query);
  const collator = new Intl.Collator(locale);
  const matches: TopicMatch[] = [];
  for (const topic of TOPICS) {
    const names = [
      topic[locale],
      topic[OTHER[locale]],
      ...topic.aliases[locale],
      ...topic.aliases[OTHER[locale]],
    ];
    let best: TopicMatch | undefined;
    names.forEach((name, index) => {
      const rank = matchRank(foldTag(name), wanted, index === 0);
      if (rank !== null && (!best || rank < best.rank))
        best = { topic, matched: index === 0 ? null : name, rank };
    });
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => a.rank - b.rank || collator.compare(a.topic[locale], b.topic[locale]));
}

function matchRank(name: string, wanted: string, ownLabel: boolean): number | null {
  if (name.startsWith(wanted)) return ownLabel ? 0 : 1;
  if (name.split(/[\s-]+/).some((word) => word.startsWith(wanted))) return 2;
  if (name.includes(wanted)) return 3;
  return null;
}
