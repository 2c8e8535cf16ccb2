/**
 * Create a relationship survey and open its first wave (the network's coordinators and
 * evaluators): one call, which saves both or neither, so a refused wave (its dates, whom it
 * asks) leaves no survey behind and its problems show at their fields.
 */
import type { NetworkDetail } from '../api/types.ts';
import { NetworkRoute } from '../ui/network-route.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { PageNotFound, QueryState } from '../ui/page-states.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { QuestionFieldset } from './QuestionFieldset.tsx';
import {
  everyone,
  RespondentsFieldset,
  respondentsBody,
  type RespondentsValues,
} from './RespondentsFieldset.tsx';
import {
  newQuestion,
  newSurveyForm,
  questionBody,
  surveyFieldId,
  surveyFormErrors,
  titleBody,
  type SurveyFormValues,
} from './survey-form.ts';
import { surveyTitle } from './survey-text.ts';
import { createSurvey, listSurveys, surveyKeys } from './surveys.api.ts';
import './surveys.css';

const MAX_QUESTIONS = 10;

export function NewSurveyPage() {
  return <NetworkRoute>{(network) => <NewSurveyForNetwork network={network} />}</NetworkRoute>;
}

/** The form, once the network's surveys say the reader may run one. */
function NewSurveyForNetwork({ network }: { network: NetworkDetail }) {
  const { t } = useI18n();
  const surveys = useQuery({
    queryKey: surveyKeys.ofNetwork(network.id),
    queryFn: ({ signal }) => listSurveys(network.id, signal),
  });
  if (surveys.isError)
    return <PageNotFound title={t.surveys.create.notAllowed} body={t.surveys.create.notAllowedBody} />;
  if (!surveys.isSuccess) return <QueryState queries={surveys} />;
  if (!surveys.data.permissions.manage) {
    return <PageNotFound title={t.surveys.create.notAllowed} body={t.surveys.create.notAllowedBody} />;
  }
  return <NewSurveyForm networkId={network.id} networkSlug={network.slug} networkName={network.name} />;
}

/** The first wave's respondent problems, by the path below `wave.respondents`. */
function respondentErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error instanceof ApiError ? error.issues : []) {
    const match = /^wave\.respondents(?:\.(\w+))?/.exec(issue.path);
    if (match) byField[match[1] ?? ''] ??= issue.message;
  }
  return byField;
}

function NewSurveyForm({
  networkId,
  networkSlug,
  networkName,
}: {
  networkId: string;
  networkSlug: string;
  networkName: string;
}) {
  const { t, fill, locale } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The default scale in both languages, whichever the page is read in.
  const [values, setValues] = useState<SurveyFormValues>(() =>
    newSurveyForm(en.surveys.create.defaultScale, undefined, es.surveys.create.defaultScale),
  );
  const [respondents, setRespondents] = useState<RespondentsValues>(everyone);
  const [error, setError] = useState<unknown>(null);

  const save = useMutation({
    mutationFn: (form: SurveyFormValues) =>
      createSurvey(networkId, {
        ...titleBody(form),
        questions: form.questions.map(questionBody),
        wave: { opensOn: form.opensOn, closesOn: form.closesOn, respondents: respondentsBody(respondents) },
      }),
    onSuccess: (survey) => {
      void queryClient.invalidateQueries({ queryKey: surveyKeys.ofNetwork(networkId) });
      void queryClient.invalidateQueries({ queryKey: surveyKeys.mine });
      announce(fill(t.surveys.create.created, { title: surveyTitle(survey, locale) }));
      void navigate(`/networks/${networkSlug}`);
    },
    onError: (failure) => setError(failure),
  });

  const labelOf = (field: string) => {
    const [, index, name] = field.split('.');
    if (index !== undefined && name !== undefined) {
      const labels: Record<string, string> = { ...t.surveys.create };
      return `${fill(t.surveys.create.question, { number: Number(index) + 1 })}, ${labels[name] ?? name}`;
    }
    if (field === 'title') return t.surveyWaves.titleEn;
    if (field === 'titleEs') return t.surveyWaves.titleEs;
    if (field === 'opensOn' || field === 'closesOn') return t.surveys.create[field];
    if (field === 'respondents') return t.surveyWaves.respondents.legend;
    return field;
  };
  const fromApi = surveyFormErrors(error, labelOf);
  // A title in neither language is caught here too, so it is listed with the API's problems.
  const titleMissing =
    error !== null && !fromApi.byField.title && !values.title.trim() && !values.titleEs.trim();
  const byField = titleMissing ? { ...fromApi.byField, title: t.surveyWaves.titleNeeded } : fromApi.byField;
  const problems = titleMissing
    ? [
        {
          fieldId: surveyFieldId('title'),
          message: `${t.surveyWaves.titleEn}: ${t.surveyWaves.titleNeeded}`,
        },
        ...fromApi.problems,
      ]
    : fromApi.problems;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    save.mutate(values);
  };
  const setQuestion = (index: number, question: SurveyFormValues['questions'][number]) =>
    setValues({ ...values, questions: values.questions.map((q, i) => (i === index ? question : q)) });

  return (
    <div className="narrow">
      <p className="eyebrow">{networkName}</p>
      <PageHeading title={t.surveys.create.title}>{t.surveys.create.title}</PageHeading>
      <p className="lead">{t.surveys.create.intro}</p>
      <ErrorSummary problems={problems} />
      <form className="form" onSubmit={submit} noValidate>
        <p className="hint">
          {t.surveys.create.surveyTitleHint} {t.surveyWaves.titleHint}
        </p>
        <div className="form-columns">
          {(['title', 'titleEs'] as const).map((name) => (
            <Field
              key={name}
              id={surveyFieldId(name)}
              label={name === 'title' ? t.surveyWaves.titleEn : t.surveyWaves.titleEs}
              error={byField[name]}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  lang={name === 'title' ? 'en' : 'es'}
                  value={values[name]}
                  onChange={(event) => setValues({ ...values, [name]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        {values.questions.map((question, index) => (
          <QuestionFieldset
            key={question.key}
            index={index}
            question={question}
            disabled={false}
            errors={byField}
            onChange={(changed) => setQuestion(index, changed)}
            onRemove={
              values.questions.length > 1
                ? () => setValues({ ...values, questions: values.questions.filter((_, i) => i !== index) })
                : null
            }
          />
        ))}
        {values.questions.length < MAX_QUESTIONS ? (
          <p>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                setValues({
                  ...values,
                  questions: [
                    ...values.questions,
                    newQuestion(en.surveys.create.defaultScale, es.surveys.create.defaultScale),
                  ],
                })
              }
            >
              {t.surveys.create.addQuestion}
            </button>
          </p>
        ) : null}
        <fieldset className="question-fieldset">
          <legend>{t.surveys.create.wave}</legend>
          <div className="form-columns">
            {(['opensOn', 'closesOn'] as const).map((name) => (
              <Field key={name} id={surveyFieldId(name)} label={t.surveys.create[name]} error={byField[name]}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={values[name]}
                    onChange={(event) => setValues({ ...values, [name]: event.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <RespondentsFieldset
          id={surveyFieldId('respondents')}
          networkId={networkId}
          values={respondents}
          errors={respondentErrors(error)}
          onChange={setRespondents}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? t.surveys.create.creating : t.surveys.create.submit}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => void navigate(`/networks/${networkSlug}`)}
          >
            {t.common.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
