/**
 * The network page's "Relationship surveys": each survey with its waves (status and dates), a
 * link to answer an open wave for those who may, to follow it for coordinators and evaluators,
 * and "New survey" for them. People-level data, so only for signed-in viewers.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { RequestFailed } from '../ui/feedback.tsx';
import { surveyTitle } from './survey-text.ts';
import { listSurveys, surveyKeys, type Survey } from './surveys.api.ts';
import './surveys.css';

export function NetworkSurveysSection({ network }: { network: NetworkDetail }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: surveyKeys.ofNetwork(network.id),
    queryFn: ({ signal }) => listSurveys(network.id, signal),
    enabled: network.permissions.viewPeople,
  });
  if (!network.permissions.viewPeople || query.isPending) return null;
  return (
    <section aria-labelledby="surveys-heading" className="panel surveys-section">
      <h2 id="surveys-heading">{t.surveys.section}</h2>
      <p className="hint">{t.surveys.sectionIntro}</p>
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess ? (
        <>
          {query.data.items.length === 0 ? <p>{t.surveys.none}</p> : null}
          <ul className="survey-list">
            {query.data.items.map((survey) => (
              <SurveyItem key={survey.id} survey={survey} />
            ))}
          </ul>
          {query.data.permissions.manage ? (
            <p>
              <Link className="button-secondary" to={`/networks/${network.slug}/surveys/new`}>
                {t.surveys.newSurvey}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function SurveyItem({ survey }: { survey: Survey }) {
  const { t, fill, locale } = useI18n();
  const relations = [...new Set(survey.questions.map((question) => t.surveys.relation[question.relation]))];
  const title = surveyTitle(survey, locale);
  return (
    <li className="survey-item">
      <h3>{title}</h3>
      <p className="member-detail">{relations.join(' · ')}</p>
      {survey.waves.length === 0 ? (
        <p>{t.surveys.noWaves}</p>
      ) : (
        <ul className="link-list">
          {survey.waves.map((wave) => (
            <WaveItem key={wave.id} survey={survey} wave={wave} />
          ))}
        </ul>
      )}
      {survey.permissions.manage && survey.status !== 'archived' ? (
        <p>
          <Link
            to={`/surveys/${survey.id}/waves/new`}
            aria-label={fill(t.surveyWaves.openNextFor, { title })}
          >
            {t.surveyWaves.openNext}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

function WaveItem({ survey, wave }: { survey: Survey; wave: Survey['waves'][number] }) {
  const { t, fill, date, locale } = useI18n();
  const label = fill(t.surveys.waveLabel, { number: wave.number });
  const title = surveyTitle(survey, locale);
  return (
    <li className="wave-item">
      <span>
        <strong>{label}</strong> · {t.surveys.waveStatus[wave.status]} ·{' '}
        {fill(t.surveys.waveDates, { opens: date(wave.opensOn), closes: date(wave.closesOn) })}
      </span>
      {wave.status === 'open' && survey.permissions.answer && wave.asksYou ? (
        <Link
          className="button-primary"
          to={`/waves/${wave.id}/answer`}
          aria-label={`${t.surveys.answer}: ${title}, ${label}`}
        >
          {t.surveys.answer}
        </Link>
      ) : null}
      {survey.permissions.manage ? (
        <Link to={`/waves/${wave.id}`} aria-label={`${t.surveys.followWave}: ${title}, ${label}`}>
          {t.surveys.followWave}
        </Link>
      ) : null}
    </li>
  );
}
