/** One suggested connection as one sentence: who (a link), where, why, and the tags that match. */
import { Link } from 'react-router';
import { AskIntroductionButton } from '../accounts/AskIntroductionButton.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { tagLabel } from '../topics/topics.api.ts';
import type { Suggestion } from './suggestions.api.ts';

/** How many matching tags a sentence names before "and N more". */
const TAGS_NAMED = 3;

export function SuggestionLine({ suggestion }: { suggestion: Suggestion }) {
  const { t, fill, plural, locale } = useI18n();
  const { person, organisation, reason } = suggestion;
  const words = person ? t.suggestions.person : t.suggestions.organisation;
  // Topics in the reader's language; a long list (an organisation's staff) ends "and N more".
  const tags = (list: string[]) => {
    const named = list.length > TAGS_NAMED + 1 ? list.slice(0, TAGS_NAMED) : list;
    const quoted = named.map((tag) => fill(t.suggestions.quoted, { tag: tagLabel(tag, locale) }));
    if (named.length < list.length) quoted.push(plural(t.topics.more, list.length - named.length));
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(quoted);
  };
  const lead =
    reason.kind === 'expertise_match'
      ? ''
      : fill(words.kind[reason.kind], { network: reason.network?.name ?? '' });
  const clauses = [
    reason.offers.length > 0 ? fill(words.offers, { tags: tags(reason.offers) }) : null,
    reason.seeks.length > 0 ? fill(words.seeks, { tags: tags(reason.seeks) }) : null,
  ].filter((clause): clause is string => clause !== null);
  const why = new Intl.ListFormat(locale, { type: 'conjunction' }).format(clauses);
  return (
    <li>
      {person ? <Link to={`/people/${person.id}`}>{person.displayName}</Link> : null}
      {person && organisation ? ` (${organisation.name})` : null}
      {!person && organisation ? (
        <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
      ) : null}
      {lead ? `, ${lead},` : ''} {why}.
      {person ? <AskIntroductionButton personId={person.id} name={person.displayName} /> : null}
    </li>
  );
}
