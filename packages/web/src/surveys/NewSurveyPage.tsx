/**
 * Create a relationship survey and open its first wave (the network's coordinators and
 * evaluators). Two calls: the survey, then the wave. If the wave is refused (its dates), the
 * survey is kept and the next submit only opens the wave, so no second survey is created.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { getNetwork, networkKeys } from '../api/networks.api.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { PageNotFound, QueryState } from '../ui/page-states.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { QuestionFieldset } from './QuestionFieldset.tsx';
import {
  newQuestion,
  newSurveyForm,
  questionBody,
  surveyFieldId,
  surveyFormErrors,
  type SurveyFormValues,
} from './survey-form.ts';
import { createSurvey, listSurveys, openWave, surveyKeys } from './surveys.api.ts';
import './surveys.css';

const MAX_QUESTIONS = 10;

export function NewSurveyPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const network = useQuery({
    queryKey: networkKeys.detail(slug),
    queryFn: ({ signal }) => getNetwork(slug, signal),
  });
  const surveys = useQuery({
    queryKey: surveyKeys.ofNetwork(network.data?.id ?? ''),
    queryFn: ({ signal }) => listSurveys(network.data?.id ?? '', signal),
    enabled: network.data !== undefined,
  });
  if (!network.isSuccess) {
    return (
      <QueryState queries={network} notFound={{ title: t.network.notFound, body: t.network.notFoundBody }} />
    );
  }
  if (surveys.isError)
    return <PageNotFound title={t.surveys.create.notAllowed} body={t.surveys.create.notAllowedBody} />;
  if (!surveys.isSuccess) return <QueryState queries={surveys} />;
  if (!surveys.data.permissions.manage) {
    return <PageNotFound title={t.surveys.create.notAllowed} body={t.surveys.create.notAllowedBody} />;
  }
  return (
    <NewSurveyForm
      networkId={network.data.id}
      networkSlug={network.data.slug}
      networkName={network.data.name}
    />
  );
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
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<SurveyFormValues>(() => newSurveyForm(t.surveys.create.defaultScale));
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const save = useMutation({
    mutationFn: async (form: SurveyFormValues) => {
      const surveyId =
        createdId ??
        (await createSurvey(networkId, { title: form.title, questions: form.questions.map(questionBody) }))
          .id;
      setCreatedId(surveyId);
      await openWave(surveyId, { opensOn: form.opensOn, closesOn: form.closesOn });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: surveyKeys.ofNetwork(networkId) });
      void queryClient.invalidateQueries({ queryKey: surveyKeys.mine });
      announce(fill(t.surveys.create.created, { title: values.title.trim() }));
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
    if (field === 'title') return t.surveys.create.surveyTitle;
    if (field === 'opensOn' || field === 'closesOn') return t.surveys.create[field];
    return field;
  };
  const { byField, problems } = surveyFormErrors(error, labelOf);

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
      {createdId ? <p className="notice">{t.surveys.create.waveFailed}</p> : null}
      <form className="form" onSubmit={submit} noValidate>
        <Field
          id={surveyFieldId('title')}
          label={t.surveys.create.surveyTitle}
          hint={t.surveys.create.surveyTitleHint}
          error={byField.title}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.title}
              disabled={createdId !== null}
              onChange={(event) => setValues({ ...values, title: event.target.value })}
            />
          )}
        </Field>
        {values.questions.map((question, index) => (
          <QuestionFieldset
            key={question.key}
            index={index}
            question={question}
            disabled={createdId !== null}
            errors={byField}
            onChange={(changed) => setQuestion(index, changed)}
            onRemove={
              values.questions.length > 1 && createdId === null
                ? () => setValues({ ...values, questions: values.questions.filter((_, i) => i !== index) })
                : null
            }
          />
        ))}
        {values.questions.length < MAX_QUESTIONS && createdId === null ? (
          <p>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                setValues({
                  ...values,
                  questions: [...values.questions, newQuestion(t.surveys.create.defaultScale)],
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
