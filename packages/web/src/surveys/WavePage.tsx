/**
 * A wave for its network's coordinators and evaluators: who it asks, response rates overall and
 * by organisation while it is open, reminders to non-respondents (everyone or one organisation),
 * closing it — after which the analysis is computed in the background — and opening the next.
 * A member who opens it is told where to answer, or that this wave does not ask them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { QueryState } from '../ui/page-states.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { CloseWavePanel } from './CloseWavePanel.tsx';
import { RatesTable } from './RatesTable.tsx';
import { useRespondentsSummary } from './RespondentsFieldset.tsx';
import { surveyTitle } from './survey-text.ts';
import { WaveDatesPanel } from './WaveDatesPanel.tsx';
import {
  getResponseRates,
  getWave,
  remindNonRespondents,
  surveyKeys,
  type ResponseRates,
  type WaveDetail,
} from './surveys.api.ts';
import './surveys.css';

export function WavePage() {
  const { id = '' } = useParams();
  const wave = useQuery({ queryKey: surveyKeys.wave(id), queryFn: ({ signal }) => getWave(id, signal) });
  const manage = wave.data?.survey.permissions.manage ?? false;
  const rates = useQuery({
    queryKey: surveyKeys.rates(id),
    queryFn: ({ signal }) => getResponseRates(id, signal),
    enabled: manage,
  });
  if (!wave.isSuccess) return <QueryState queries={wave} notFound={{}} />;
  if (!manage) return <WaveForMember detail={wave.data} />;
  return <WaveOverview detail={wave.data} rates={rates.data} ratesError={rates.error} />;
}

/** The way back to the network, the wave's title and its dates: the same for everyone who opens it. */
function WaveHeader({ detail }: { detail: WaveDetail }) {
  const { t, fill, date, locale } = useI18n();
  const { wave, survey, network } = detail;
  const heading = fill(t.surveys.wavePage.title, { title: surveyTitle(survey, locale), number: wave.number });
  return (
    <>
      <p className="eyebrow">
        <Link to={`/networks/${network.slug}`}>
          {fill(t.surveys.wavePage.backToNetwork, { name: network.name })}
        </Link>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p>
        {fill(t.surveys.wavePage.dates, { opens: date(wave.opensOn), closes: date(wave.closesOn) })}{' '}
        {wave.closedAt ? fill(t.surveys.wavePage.closedOn, { date: date(wave.closedAt) }) : null}
      </p>
    </>
  );
}

/** Where a member answers this wave, or why they do not. */
function WaveForMember({ detail }: { detail: WaveDetail }) {
  const { t, fill, locale } = useI18n();
  const { wave, survey, network } = detail;
  const title = surveyTitle(survey, locale);
  const texts = t.surveyWaves.wave;
  return (
    <div className="narrow">
      <WaveHeader detail={detail} />
      {detail.youAreAsked ? (
        <>
          <p>{texts.answerHere}</p>
          <p>
            <Link className="button-primary" to={`/waves/${wave.id}/answer`}>
              {fill(texts.answerLink, { title })}
            </Link>
          </p>
        </>
      ) : (
        <div className="notice">
          <p>
            <strong>{texts.notAsked}</strong>
          </p>
          <p>
            {survey.permissions.answer ? fill(texts.notAskedBody, { name: network.name }) : texts.notAMember}
          </p>
        </div>
      )}
    </div>
  );
}

/** Who the wave asks, and how many people that is today. */
function RespondentsPanel({ respondents }: { respondents: NonNullable<WaveDetail['respondents']> }) {
  const { t, plural } = useI18n();
  const summary = useRespondentsSummary();
  return (
    <section aria-labelledby="respondents-heading" className="panel">
      <h2 id="respondents-heading">{t.surveyWaves.wave.whoIsAsked}</h2>
      <p>{summary(respondents)}</p>
      {respondents.choice === 'people' ? (
        <ul className="chosen-list">
          {respondents.people.map((person) => (
            <li key={person.id}>
              <Link to={`/people/${person.id}`}>{person.displayName}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p>{plural(t.surveyWaves.respondents.askedNow, respondents.asked)}</p>
    </section>
  );
}

function WaveOverview({
  detail,
  rates,
  ratesError,
}: {
  detail: WaveDetail;
  rates: ResponseRates | undefined;
  ratesError: Error | null;
}) {
  const { t, fill, locale } = useI18n();
  const { wave, survey, network } = detail;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="narrow">
      <WaveHeader detail={detail} />
      {wave.status === 'open' ? <WaveDatesPanel wave={wave} networkId={network.id} /> : null}
      {detail.respondents ? <RespondentsPanel respondents={detail.respondents} /> : null}
      <section aria-labelledby="rates-heading" className="panel">
        <h2 id="rates-heading">{t.surveys.wavePage.rates}</h2>
        {ratesError ? <RequestFailed error={ratesError} /> : null}
        {rates ? (
          <>
            <p className="lead">
              {fill(t.surveys.wavePage.overall, {
                submitted: rates.submitted,
                eligible: rates.eligible,
                percent: percent.format(rates.eligible === 0 ? 0 : rates.submitted / rates.eligible),
                drafts: rates.drafts,
                reminded: rates.reminded,
              })}
            </p>
            <h3>{t.surveys.wavePage.bySchool}</h3>
            <RatesTable rows={rates.byOrganisation} />
          </>
        ) : ratesError ? null : (
          <Loading />
        )}
      </section>
      {wave.status === 'open' && rates ? <RemindPanel waveId={wave.id} rates={rates} /> : null}
      <CloseWavePanel detail={detail} />
      {wave.status === 'closed' && !survey.waves.some((other) => other.status === 'open') ? (
        <section aria-labelledby="next-wave-heading" className="panel">
          <h2 id="next-wave-heading">{t.surveyWaves.openNext}</h2>
          <p className="hint">{t.surveyWaves.wave.openNextHint}</p>
          <p>
            <Link className="button-secondary" to={`/surveys/${survey.id}/waves/new`}>
              {t.surveyWaves.openNext}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}

function RemindPanel({ waveId, rates }: { waveId: string; rates: ResponseRates }) {
  const { t, plural } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [organisationId, setOrganisationId] = useState('');
  const [outcome, setOutcome] = useState('');
  const remind = useMutation({
    mutationFn: () => remindNonRespondents(waveId, organisationId || null),
    onSuccess: (result) => {
      const message = [
        plural(t.surveys.wavePage.reminded, result.reminded),
        result.skippedRecently > 0 ? plural(t.surveys.wavePage.skipped, result.skippedRecently) : '',
      ]
        .filter(Boolean)
        .join('. ');
      setOutcome(message);
      announce(message);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.rates(waveId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remind.mutate();
  };
  // Only organisations with someone still to answer are worth a reminder.
  const waiting = rates.byOrganisation
    .filter((row) => row.submitted < row.eligible)
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  return (
    <section aria-labelledby="remind-heading" className="panel">
      <h2 id="remind-heading">{t.surveys.wavePage.remind}</h2>
      <p className="hint">{t.surveys.wavePage.remindHint}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field id="remind-who" label={t.surveys.wavePage.remindWho}>
          {(control) => (
            <select
              {...control}
              value={organisationId}
              onChange={(event) => setOrganisationId(event.target.value)}
            >
              <option value="">{t.surveys.wavePage.everyone}</option>
              {waiting.map((row) => (
                <option key={row.organisation.id} value={row.organisation.id}>
                  {row.organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={remind.isPending}>
            {remind.isPending ? t.surveys.wavePage.reminding : t.surveys.wavePage.remindButton}
          </button>
        </div>
      </form>
      {remind.isError ? <RequestFailed error={remind.error} /> : null}
      {outcome ? <p>{outcome}</p> : null}
    </section>
  );
}
