/**
 * Answering a wave: every question with its type-ahead, outsiders and frequencies; "Save draft"
 * and "Submit". A saved draft (or submitted answers) is restored on return. The API keeps
 * submitted answers submitted, so after submitting there is one button, to update them, while
 * the wave is open. Leaving with answers not saved asks first (another page of the app: a
 * question on this page; closing or reloading the tab: the browser's own). Submitting needs a
 * frequency for everyone named on a question with a scale; the page says which before sending.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { PageNotFound, QueryState } from '../ui/page-states.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { entriesFrom, entryName, nominationsOf, type NamedEntry } from './answers.ts';
import { QuestionAnswer } from './QuestionAnswer.tsx';
import { surveyTitle } from './survey-text.ts';
import {
  getOwnResponse,
  getWave,
  saveOwnResponse,
  surveyKeys,
  type SurveyResponse,
  type WaveDetail,
} from './surveys.api.ts';
import './surveys.css';

export function AnswerWavePage() {
  const { id = '' } = useParams();
  const { t, fill } = useI18n();
  const wave = useQuery({ queryKey: surveyKeys.wave(id), queryFn: ({ signal }) => getWave(id, signal) });
  const response = useQuery({
    queryKey: surveyKeys.ownResponse(id),
    queryFn: ({ signal }) => getOwnResponse(id, signal),
    // Fetched fresh on arrival: the draft must be the one last saved, wherever it was saved.
    staleTime: 0,
  });
  const failed = wave.error ?? response.error;
  if (failed instanceof ApiError && failed.status === 401) {
    return <PageNotFound title={t.surveys.answerPage.notAllowed} body={t.surveys.answerPage.signInFirst} />;
  }
  if (!wave.isSuccess || !response.isSuccess) {
    return (
      <QueryState
        queries={[wave, response]}
        notFound={{ title: t.surveys.answerPage.notAllowed, body: t.surveys.answerPage.notAllowedBody }}
      />
    );
  }
  if (!wave.data.survey.permissions.answer) {
    return (
      <PageNotFound title={t.surveys.answerPage.notAllowed} body={t.surveys.answerPage.notAllowedBody} />
    );
  }
  if (!wave.data.youAreAsked) {
    return (
      <PageNotFound
        title={t.surveyWaves.wave.notAsked}
        body={fill(t.surveyWaves.wave.notAskedBody, { name: wave.data.network.name })}
      />
    );
  }
  return <AnswerForm detail={wave.data} saved={response.data} />;
}

/** The answers as sent, to tell whether what is on the page has been saved. */
const asSent = (entries: NamedEntry[], questions: WaveDetail['survey']['questions']) =>
  JSON.stringify(nominationsOf(entries, questions).nominations);

function AnswerForm({ detail, saved }: { detail: WaveDetail; saved: SurveyResponse | null }) {
  const { t, fill, date, locale } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { wave, survey, network } = detail;
  const [entries, setEntries] = useState<NamedEntry[]>(() => entriesFrom(saved));
  const [status, setStatus] = useState(
    saved ? { status: saved.status, submittedAt: saved.submittedAt } : null,
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const [errorsByKey, setErrorsByKey] = useState<Record<string, string>>({});
  // Answers are taken between the wave's dates only; outside them the page shows what was saved.
  const readOnly = wave.answering !== 'open';
  const [savedAs, setSavedAs] = useState(() => asSent(entriesFrom(saved), survey.questions));
  const unsaved = !readOnly && asSent(entries, survey.questions) !== savedAs;
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    unsaved ? currentLocation.pathname !== nextLocation.pathname : false,
  );
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  const title = surveyTitle(survey, locale);

  // What the save under way sends: once saved, that is what the page has saved.
  const sending = useRef('');
  const save = useMutation({
    mutationFn: (submit: boolean) => {
      const { nominations } = nominationsOf(entries, survey.questions);
      sending.current = JSON.stringify(nominations);
      return saveOwnResponse(wave.id, { nominations, submit });
    },
    onSuccess: (response) => {
      setProblems([]);
      setErrorsByKey({});
      setSavedAs(sending.current);
      setStatus({ status: response.status, submittedAt: response.submittedAt });
      queryClient.setQueryData(surveyKeys.ownResponse(wave.id), response);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.mine });
      announce(
        response.status === 'submitted' ? t.surveys.answerPage.submitted : t.surveys.answerPage.draftSaved,
      );
    },
    onError: (error) => {
      const { keys } = nominationsOf(entries, survey.questions);
      const byKey: Record<string, string> = {};
      const issues =
        error instanceof ApiError && error.issues.length > 0
          ? error.issues
          : [{ path: '', message: error.message }];
      setProblems(
        issues.map((issue) => {
          const index = /^nominations\.(\d+)/.exec(issue.path)?.[1];
          const key = index === undefined ? undefined : keys[Number(index)];
          if (key) byKey[key] ??= issue.message;
          return { fieldId: key, message: issue.message };
        }),
      );
      setErrorsByKey(byKey);
    },
  });

  const submitted = status?.status === 'submitted';
  /** Submitting: every tie on a scale is rated first (a draft may wait). */
  const send = (submit: boolean) => {
    if (submit) {
      const unrated = survey.questions.flatMap((question) =>
        question.frequencyScale
          ? entries.filter((entry) => entry.questionId === question.id && entry.frequency === null)
          : [],
      );
      if (unrated.length > 0) {
        const byKey: Record<string, string> = {};
        setProblems(
          unrated.map((entry) => {
            const message = fill(t.surveyWaves.answer.frequencyNeeded, { name: entryName(entry) });
            byKey[entry.key] = message;
            return { fieldId: `${entry.key}-frequency`, message };
          }),
        );
        setErrorsByKey(byKey);
        return;
      }
    }
    save.mutate(submit);
  };
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <PageHeading title={fill(t.surveys.answerPage.title, { title })}>
        {fill(t.surveys.answerPage.title, { title })}
      </PageHeading>
      {blocker.state === 'blocked' ? <LeaveQuestion blocker={blocker} /> : null}
      <p className="lead">{t.surveys.answerPage.intro}</p>
      <p>
        {
          {
            open: fill(t.surveys.answerPage.closes, { date: date(wave.closesOn) }),
            not_yet_open: fill(t.surveys.answerPage.notYetOpen, { date: date(wave.opensOn) }),
            past_closing_date: fill(t.surveys.answerPage.pastClosing, { date: date(wave.closesOn) }),
            closed: t.surveys.answerPage.closed,
          }[wave.answering]
        }
      </p>
      {status ? (
        <p className="notice">
          {submitted && status.submittedAt
            ? fill(t.surveys.answerPage.statusSubmitted, { date: date(status.submittedAt) })
            : t.surveys.answerPage.statusDraft}
        </p>
      ) : null}
      <ErrorSummary problems={problems} />
      {survey.questions.map((question) => (
        <QuestionAnswer
          key={question.id}
          waveId={wave.id}
          question={question}
          entries={entries.filter((entry) => entry.questionId === question.id)}
          errors={errorsByKey}
          readOnly={readOnly}
          onChange={(changed) =>
            setEntries([...entries.filter((entry) => entry.questionId !== question.id), ...changed])
          }
        />
      ))}
      {readOnly ? null : (
        <div className="form-actions">
          {submitted ? null : (
            <button
              type="button"
              className="button-secondary"
              disabled={save.isPending}
              onClick={() => send(false)}
            >
              {save.isPending ? t.surveys.answerPage.saving : t.surveys.answerPage.saveDraft}
            </button>
          )}
          <button
            type="button"
            className="button-primary"
            disabled={save.isPending}
            onClick={() => send(true)}
          >
            {submitted ? t.surveys.answerPage.update : t.surveys.answerPage.submit}
          </button>
        </div>
      )}
    </div>
  );
}

/** Asked when the reader follows a link away with answers not saved: stay, or leave without them. */
function LeaveQuestion({ blocker }: { blocker: ReturnType<typeof useBlocker> }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      className="confirm leave-question"
      role="alertdialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      tabIndex={-1}
    >
      <h2 id="leave-title">{t.surveyWaves.answer.leaveTitle}</h2>
      <p id="leave-text">{t.surveyWaves.answer.leave}</p>
      <button type="button" className="button-primary" onClick={() => blocker.reset?.()}>
        {t.surveyWaves.answer.stay}
      </button>{' '}
      <button type="button" className="button-danger" onClick={() => blocker.proceed?.()}>
        {t.surveyWaves.answer.leaveAnyway}
      </button>
    </div>
  );
}
