/**
 * What a network's members shared and adapted since a day (/networks/:slug/bank-activity?since=):
 * the counts and the newest resources, as far as the reader may see them (the server filters
 * both). Without `since` the server takes the start of the school term (the latest 1 September,
 * 1 January or 1 April in the region): one rule, kept where the data is, and the page shows the
 * day it chose. The day is chosen in a form, so the address changes once per choice (a date box
 * fires a change for each part typed), and Back returns to the previous period.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { BankActivity, BankActivityItem, NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { todayIso } from '../i18n/dates.ts';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { Field } from '../ui/fields.tsx';
import { NetworkRoute } from '../ui/network-route.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { collectionKeys, getBankActivity } from './collections.api.ts';
import './collections.css';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function BankActivityPage() {
  return <NetworkRoute>{(network) => <Activity network={network} />}</NetworkRoute>;
}

function Activity({ network }: { network: NetworkDetail }) {
  const { t, fill } = useI18n();
  const c = t.collections;
  const [params, setParams] = useSearchParams();
  const since = params.get('since') ?? '';
  const query = useQuery({
    queryKey: collectionKeys.activity(network.id, since),
    queryFn: ({ signal }) => getBankActivity(network.id, since, signal),
    placeholderData: keepPreviousData,
  });
  // A refused day (in the future, or not a date) is said at the field; anything else below it.
  const refused = query.error instanceof ApiError && query.error.status === 400 ? query.error : null;
  const choose = (day: string) => setParams(day ? { since: day } : {});
  const title = fill(c.activityTitle, { network: network.name });
  return (
    <>
      <p>
        <Link to={`/networks/${network.slug}/collections`}>
          ← {fill(c.networkTitle, { network: network.name })}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{c.activityIntro}</p>
      <SinceForm
        key={since}
        since={since || (query.data?.since ?? '')}
        error={refused ? (refused.issues[0]?.message ?? refused.message) : undefined}
        onChoose={choose}
      />
      {query.isPending ? <Loading /> : null}
      {query.isError && !refused ? (
        <RequestFailed error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isSuccess && !refused ? <ActivityResults activity={query.data} /> : null}
    </>
  );
}

interface SinceFormProps {
  /** The day shown: the address's, else the server's default once it has answered. */
  since: string;
  error: string | undefined;
  onChoose(day: string): void;
}

function SinceForm({ since, error, onChoose }: SinceFormProps) {
  const { t } = useI18n();
  const c = t.collections;
  const [day, setDay] = useState(since);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = day || since;
    if (ISO_DAY.test(chosen)) onChoose(chosen);
  };
  return (
    <form className="inline-form activity-filter" onSubmit={submit} noValidate aria-label={c.activityFilter}>
      <Field id="activity-since" label={c.since} hint={c.sinceHint} error={error}>
        {(control) => (
          <input
            {...control}
            type="date"
            max={todayIso()}
            value={day || since}
            onChange={(e) => setDay(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button-primary">
        {c.show}
      </button>
      <button type="button" className="button-quiet" onClick={() => onChoose('')}>
        {c.startOfTerm}
      </button>
    </form>
  );
}

function ActivityResults({ activity }: { activity: BankActivity }) {
  const { t, fill, number, date } = useI18n();
  const c = t.collections;
  const { counts, items } = activity;
  const when = date(activity.since);
  return (
    <>
      <section aria-labelledby="activity-counts-heading">
        <h2 id="activity-counts-heading">{c.activityCounts}</h2>
        <dl className="activity-counts">
          <div>
            <dt>{c.sharedCount}</dt>
            <dd>{number(counts.shared)}</dd>
          </div>
          <div>
            <dt>{c.adaptedCount}</dt>
            <dd>{number(counts.adapted)}</dd>
          </div>
          <div>
            <dt>{c.contributorsCount}</dt>
            <dd>{number(counts.contributors)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="activity-list-heading">
        <h2 id="activity-list-heading">{fill(c.activityList, { date: when })}</h2>
        {items.length === 0 ? <p>{fill(c.activityNone, { date: when })}</p> : null}
        {counts.shared > items.length ? (
          <p className="hint">{fill(c.newestOnly, { count: items.length })}</p>
        ) : null}
        <ul className="plain-list activity-list">
          {items.map((item) => (
            <ActivityEntry key={item.id} item={item} />
          ))}
        </ul>
      </section>
    </>
  );
}

function ActivityEntry({ item }: { item: BankActivityItem }) {
  const { t, fill, date } = useI18n();
  const c = t.collections;
  const vocab = t.resources.vocab;
  return (
    <li className="card">
      <h3 className="card-title" lang={item.language}>
        <Link to={`/resources/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="card-kind">
        {vocab.type[item.type]} · {vocab.language[item.language]} · {vocab.licence[item.licence]}
      </p>
      <p className="hint">
        {fill(c.sharedBy, { date: date(item.sharedAt), authors: item.authors.join(', ') })}
      </p>
      {item.basedOn ? (
        <p>
          {c.adaptationOf} <Link to={`/resources/${item.basedOn.id}`}>{item.basedOn.title}</Link>
        </p>
      ) : null}
    </li>
  );
}
