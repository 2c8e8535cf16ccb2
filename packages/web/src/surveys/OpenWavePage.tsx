/**
 * "Open the next wave" of a survey (its coordinators and evaluators): the same questions as
 * before, so that the waves' maps compare; new dates; and who is asked, with how many people
 * that is. While a wave is still open the page says so and links to it instead: one wave is
 * open at a time.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { getNetwork, networkKeys } from '../api/networks.api.ts';
import { ApiError } from '../api/client.ts';
import { addDays, todayIso } from '../i18n/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { PageNotFound, QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import {
  everyone,
  RespondentsFieldset,
  respondentsBody,
  type RespondentsValues,
} from './RespondentsFieldset.tsx';
import { questionPrompt, surveyTitle } from './survey-text.ts';
import { getSurvey, openWave, surveyKeys, type Survey } from './surveys.api.ts';
import './surveys.css';

export function OpenWavePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const survey = useQuery({
    queryKey: surveyKeys.survey(id),
    queryFn: ({ signal }) => getSurvey(id, signal),
  });
  const networkId = survey.data?.networkId ?? '';
  const network = useQuery({
    queryKey: networkKeys.detail(networkId),
    queryFn: ({ signal }) => getNetwork(networkId, signal),
    enabled: networkId !== '',
  });
  if (!survey.isSuccess) return <QueryState queries={survey} notFound={{}} />;
  if (!network.isSuccess) return <QueryState queries={network} notFound={{}} />;
  if (!survey.data.permissions.manage)
    return <PageNotFound title={t.surveyWaves.openPage.notAllowed} body={t.surveys.create.notAllowedBody} />;
  return <OpenWaveForm survey={survey.data} network={network.data} />;
}

type DateField = 'opensOn' | 'closesOn';

/** An API problem's field: a date, or a path below `respondents` (`respondents.personIds.2` → `personIds`). */
export function waveFieldErrors(error: unknown, prefix = '') {
  const dates: Partial<Record<DateField, string>> = {};
  const respondents: Record<string, string> = {};
  const other: string[] = [];
  const issues = error instanceof ApiError ? error.issues : [];
  for (const issue of issues) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    if (path === 'opensOn' || path === 'closesOn') dates[path] ??= issue.message;
    else if (path === 'respondents' || path.startsWith('respondents.')) {
      const field = path.split('.')[1] ?? '';
      respondents[field] ??= issue.message;
    } else other.push(issue.message);
  }
  if (error && issues.length === 0) other.push(error instanceof Error ? error.message : String(error));
  return { dates, respondents, other };
}

function OpenWaveForm({
  survey,
  network,
}: {
  survey: Survey;
  network: { id: string; slug: string; name: string };
}) {
  const { t, fill, date, locale } = useI18n();
  const texts = t.surveyWaves.openPage;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = todayIso();
  const [dates, setDates] = useState({ opensOn: today, closesOn: addDays(today, 28) });
  const [respondents, setRespondents] = useState<RespondentsValues>(everyone);
  const [error, setError] = useState<unknown>(null);
  const number = survey.waves.length + 1;
  const stillOpen = survey.waves.find((wave) => wave.status === 'open');
  const title = surveyTitle(survey, locale);
  const heading = fill(texts.title, { title, number });

  const open = useMutation({
    mutationFn: () => openWave(survey.id, { ...dates, respondents: respondentsBody(respondents) }),
    onSuccess: async (wave) => {
      announce(fill(texts.opened, { number: wave.number }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: surveyKeys.ofNetwork(network.id) }),
        queryClient.invalidateQueries({ queryKey: surveyKeys.survey(survey.id) }),
        queryClient.invalidateQueries({ queryKey: surveyKeys.mine }),
      ]);
      void navigate(`/waves/${wave.id}`);
    },
    onError: setError,
  });
  const errors = waveFieldErrors(error);
  const problems: Problem[] = [
    ...(['opensOn', 'closesOn'] as const).flatMap((name) =>
      errors.dates[name]
        ? [{ fieldId: `open-wave-${name}`, message: `${texts[name]}: ${errors.dates[name]}` }]
        : [],
    ),
    ...Object.values(errors.respondents).map((message) => ({
      fieldId: 'open-wave-respondents',
      message: `${t.surveyWaves.respondents.legend}: ${message}`,
    })),
    ...errors.other.map((message) => ({ message })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    open.mutate();
  };

  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to={`/networks/${network.slug}`}>
          {fill(t.surveys.wavePage.backToNetwork, { name: network.name })}
        </Link>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="lead">{texts.intro}</p>
      <section aria-labelledby="open-wave-questions" className="panel">
        <h2 id="open-wave-questions">{texts.questions}</h2>
        <ol>
          {survey.questions.map((question) => (
            <li key={question.id}>
              {questionPrompt(question, locale)}{' '}
              <span className="member-detail">· {t.surveys.relation[question.relation]}</span>
            </li>
          ))}
        </ol>
        {survey.waves.length > 0 ? (
          <>
            <h3>{texts.previous}</h3>
            <ul className="link-list">
              {survey.waves.map((wave) => (
                <li key={wave.id}>
                  <Link to={`/waves/${wave.id}`}>{fill(t.surveys.waveLabel, { number: wave.number })}</Link> ·{' '}
                  {t.surveys.waveStatus[wave.status]} ·{' '}
                  {fill(t.surveys.waveDates, { opens: date(wave.opensOn), closes: date(wave.closesOn) })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {stillOpen ? (
        <div className="notice" role="status">
          <p>{fill(texts.stillOpen, { number: stillOpen.number })}</p>
          <p>
            <Link className="button-primary" to={`/waves/${stillOpen.id}`}>
              {fill(texts.goToOpen, { number: stillOpen.number })}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <ErrorSummary problems={problems} />
          <form className="form" onSubmit={submit} noValidate>
            <fieldset className="question-fieldset">
              <legend>{texts.dates}</legend>
              <div className="form-columns">
                {(['opensOn', 'closesOn'] as const).map((name) => (
                  <Field key={name} id={`open-wave-${name}`} label={texts[name]} error={errors.dates[name]}>
                    {(control) => (
                      <input
                        {...control}
                        type="date"
                        required
                        value={dates[name]}
                        onChange={(event) => setDates({ ...dates, [name]: event.target.value })}
                      />
                    )}
                  </Field>
                ))}
              </div>
            </fieldset>
            <RespondentsFieldset
              id="open-wave-respondents"
              networkId={network.id}
              values={respondents}
              errors={errors.respondents}
              onChange={setRespondents}
            />
            <div className="form-actions">
              <button type="submit" className="button-primary" disabled={open.isPending}>
                {open.isPending ? texts.opening : fill(texts.submit, { number })}
              </button>
              <Link className="button-secondary" to={`/networks/${network.slug}`}>
                {t.common.cancel}
              </Link>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
