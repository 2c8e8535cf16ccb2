/** One suggested connection as one sentence: who (a link), where, why, and the tags that match. */
import { Link } from 'react-router';
import { AskIntroductionButton } from '../accounts/AskIntroductionButton.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { Suggestion } from './suggestions.api.ts';

export function SuggestionLine({ suggestion }: { suggestion: Suggestion }) {
  const { t, fill, locale } = useI18n();
  const { person, organisation, reason } = suggestion;
  const words = person ? t.suggestions.person : t.suggestions.organisation;
  const tags = (list: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      list.map((tag) => fill(t.suggestions.quoted, { tag })),
    );
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
