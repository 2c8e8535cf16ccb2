/**
 * "Suggested connections": for a person or an organisation, one section per network it belongs
 * to where the viewer may see them (the API answers 403 elsewhere, and those stay hidden).
 */
import { useQueries } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import type { NetworkRef } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { RequestFailed } from '../ui/feedback.tsx';
import {
  getSuggestions,
  suggestionKeys,
  type SuggestionSubject,
  type Suggestions,
} from './suggestions.api.ts';
import { SuggestionLine } from './SuggestionLine.tsx';
import './suggestions.css';

interface PanelProps {
  subject: SuggestionSubject;
  networks: NetworkRef[];
  /** The person's name, when someone else looks at their suggestions. */
  otherName?: string | undefined;
}

/** Not allowed, or not in that network: nothing to show there. */
const hidden = (error: unknown) =>
  error instanceof ApiError && (error.status === 403 || error.status === 404);

export function SuggestionsPanel({ subject, networks, otherName }: PanelProps) {
  const { t, fill } = useI18n();
  const results = useQueries({
    queries: networks.map((network) => ({
      queryKey: suggestionKeys.of(network.id, subject),
      queryFn: ({ signal }: { signal: AbortSignal }) => getSuggestions(network.id, subject, signal),
      retry: (count: number, error: unknown) => !hidden(error) && count < 2,
    })),
  });
  return (
    <>
      {networks.map((network, index) => {
        const result = results[index]!;
        if (result.isPending || (result.isError && hidden(result.error))) return null;
        const id = `suggestions-${network.id}`;
        return (
          <section key={network.id} aria-labelledby={id} className="suggestions">
            <h2 id={id}>{fill(t.suggestions.heading, { network: network.name })}</h2>
            {result.isError ? (
              <RequestFailed error={result.error} onRetry={() => void result.refetch()} />
            ) : (
              <SuggestionList suggestions={result.data} subject={subject} otherName={otherName} />
            )}
          </section>
        );
      })}
    </>
  );
}

function SuggestionList({
  suggestions,
  subject,
  otherName,
}: { suggestions: Suggestions } & Omit<PanelProps, 'networks'>) {
  const { t, fill, date } = useI18n();
  const isPerson = 'person' in subject;
  if (suggestions.analysis === null) return <p className="notice">{t.suggestions.noAnalysis}</p>;
  const { wave, finishedAt } = suggestions.analysis;
  const source = t.analysisLoop.source;
  // Which analysis the suggestions come from: the network's main survey's latest wave, or all ties.
  const from = fill(source.from, {
    selection: wave ? fill(source.wave, { survey: wave.survey.title, number: wave.number }) : source.allTies,
    date: finishedAt ? date(finishedAt) : '',
  });
  const noNeeds = suggestions.subject.needs.length === 0;
  const invite = !noNeeds
    ? null
    : !isPerson
      ? t.suggestions.noNeedsOrganisation
      : otherName
        ? fill(t.suggestions.noNeedsOther, { name: otherName })
        : t.suggestions.noNeedsSelf;
  return (
    <>
      <p>
        {isPerson
          ? otherName
            ? fill(t.suggestions.introOther, { name: otherName })
            : t.suggestions.introSelf
          : t.suggestions.introOrganisation}
      </p>
      <p className="hint suggestion-source">{from}</p>
      {isPerson && !suggestions.positionsShown ? (
        <p className="hint">{t.suggestions.positionsPrivate}</p>
      ) : null}
      {invite ? <p className="notice">{invite}</p> : null}
      {suggestions.items.length === 0 ? (
        noNeeds ? null : (
          <p>{t.suggestions.none}</p>
        )
      ) : (
        <ul className="suggestion-list">
          {suggestions.items.map((suggestion) => (
            <SuggestionLine
              key={suggestion.person?.id ?? suggestion.organisation?.id}
              suggestion={suggestion}
            />
          ))}
        </ul>
      )}
    </>
  );
}
