/**
 * The home page's "Surveys waiting for your answer": the open waves the signed-in person
 * answers, how far they got, and the last reminder they were sent (reminders are shown here, in
 * Trellis; email comes with notifications). Nothing is shown when there is nothing to answer.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { surveyTitle } from './survey-text.ts';
import { listMySurveys, surveyKeys } from './surveys.api.ts';
import './surveys.css';

export function MySurveysPanel() {
  const { t, fill, date, locale } = useI18n();
  const { session } = useSession();
  const query = useQuery({
    queryKey: [...surveyKeys.mine, session?.person.id ?? null],
    queryFn: ({ signal }) => listMySurveys(signal),
    enabled: Boolean(session),
  });
  const waiting = (query.data ?? []).filter((item) => item.responseStatus !== 'submitted');
  if (!session || waiting.length === 0) return null;
  return (
    <section aria-labelledby="my-surveys-heading" className="panel my-surveys">
      <h2 id="my-surveys-heading">{t.surveys.mine.title}</h2>
      <ul className="link-list">
        {waiting.map((item) => (
          <li key={item.wave.id}>
            <Link
              to={`/waves/${item.wave.id}/answer`}
              aria-label={fill(t.surveys.mine.answer, { title: surveyTitle(item.survey, locale) })}
            >
              {surveyTitle(item.survey, locale)}
            </Link>
            <span className="member-detail">
              {' · '}
              {item.network.name} · {fill(t.surveys.mine.closes, { date: date(item.wave.closesOn) })} ·{' '}
              {t.surveys.mine.status[item.responseStatus]}
            </span>
            {item.lastRemindedAt ? (
              <span className="reminder-note">
                {' · '}
                {fill(t.surveys.mine.reminder, { date: date(item.lastRemindedAt) })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
