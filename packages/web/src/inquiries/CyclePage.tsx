/**
 * A PDSA cycle: planning one (/inquiries/:id/cycles/new?idea=) and its own page (/cycles/:id),
 * one form in four parts. Plan: purpose, title, plan, data plan, dates, schools, and questions
 * each with a prediction. Do: what happened. Study: each question's result beside its prediction,
 * and the comparison. Act: the decision and why. A decided cycle whose change idea carries
 * practices offers to add it to each practice's evidence (kind platform data), prefilled.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { CycleDetail, InquiryDetail } from '../api/types.ts';
import { PDSA_DECISIONS, PDSA_PURPOSES, type PdsaDecision, type PdsaPurpose } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { Field, Fieldset } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { createCycle, deleteCycle, getCycle, getDiagram, inquiryKeys, updateCycle } from './inquiries.api.ts';
import { InquiryHeader } from '../ui/inquiry-header.tsx';
import { useInquiry } from './use-inquiry.ts';
import './inquiries.css';

interface QuestionValues {
  /** A saved question's id, sent back so that it keeps it; none for a question added here. */
  id?: string;
  question: string;
  prediction: string;
  result: string;
}

interface CycleValues {
  changeIdeaId: string;
  title: string;
  purpose: PdsaPurpose;
  plan: string;
  dataPlan: string;
  startsOn: string;
  endsOn: string;
  schoolIds: string[];
  questions: QuestionValues[];
  observations: string;
  comparison: string;
  decision: PdsaDecision | '';
  decisionNote: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

const valuesOf = (cycle: CycleDetail): CycleValues => ({
  changeIdeaId: cycle.changeIdea.id,
  title: cycle.title,
  purpose: cycle.purpose,
  plan: cycle.plan,
  dataPlan: cycle.dataPlan,
  startsOn: cycle.startsOn,
  endsOn: cycle.endsOn,
  schoolIds: cycle.schools.map((school) => school.id),
  questions: cycle.questions.map(({ id, question, prediction, result }) => ({
    id,
    question,
    prediction,
    result,
  })),
  observations: cycle.observations,
  comparison: cycle.comparison,
  decision: cycle.decision ?? '',
  decisionNote: cycle.decisionNote,
});

const inputOf = (values: CycleValues) => ({
  ...values,
  decision: values.decision === '' ? null : values.decision,
});

const fieldId = (field: string) => `cycle-${field}`;

export function NewCyclePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const inquiry = useInquiry(id);
  if (!inquiry.isSuccess)
    return (
      <QueryState
        queries={inquiry}
        notFound={{ title: t.inquiries.notFound, body: t.inquiries.notFoundBody }}
        missing={isMissing}
      />
    );
  const initial: CycleValues = {
    changeIdeaId: params.get('idea') ?? '',
    title: '',
    purpose: 'test',
    plan: '',
    dataPlan: '',
    startsOn: today(),
    endsOn: inAWeek(),
    schoolIds: inquiry.data.schools.map((school) => school.id),
    questions: [{ question: '', prediction: '', result: '' }],
    observations: '',
    comparison: '',
    decision: '',
    decisionNote: '',
  };
  return <CycleEditor inquiry={inquiry.data} cycle={null} initial={initial} />;
}

export function CyclePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const cycle = useQuery({ queryKey: inquiryKeys.cycle(id), queryFn: ({ signal }) => getCycle(id, signal) });
  const inquiry = useInquiry(cycle.data?.inquiryId ?? '');
  if (!cycle.isSuccess)
    return (
      <QueryState
        queries={cycle}
        notFound={{ title: t.inquiries.cycleNotFound, body: t.inquiries.notFoundBody }}
        missing={isMissing}
      />
    );
  if (!inquiry.isSuccess) return <QueryState queries={inquiry} />;
  return (
    <CycleEditor
      key={cycle.data.updatedAt}
      inquiry={inquiry.data}
      cycle={cycle.data}
      initial={valuesOf(cycle.data)}
    />
  );
}

function CycleEditor({
  inquiry,
  cycle,
  initial,
}: {
  inquiry: InquiryDetail;
  cycle: CycleDetail | null;
  initial: CycleValues;
}) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const diagram = useQuery({
    queryKey: inquiryKeys.diagram(inquiry.id),
    queryFn: ({ signal }) => getDiagram(inquiry.id, signal),
  });
  const [values, setValues] = useState(initial);
  const editable = cycle ? cycle.editable : inquiry.permissions.edit;
  const save = useMutation({
    mutationFn: () =>
      cycle ? updateCycle(cycle.id, inputOf(values)) : createCycle(inquiry.id, inputOf(values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(inquiryKeys.cycle(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.cycles(inquiry.id) });
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.detail(inquiry.id) });
      if (cycle) {
        announce(q.cycleSaved);
        window.requestAnimationFrame(() => document.querySelector<HTMLElement>('h1')?.focus());
      } else {
        announce(fill(q.cycleCreated, { title: saved.title }));
        void navigate(`/cycles/${saved.id}`);
      }
    },
  });
  const problems = problemsOfCycle(save.error, t.inquiries);
  const errorAt = new Map(problems.flatMap((p) => (p.fieldId ? [[p.fieldId, p.message] as const] : [])));
  const err = (field: string) => errorAt.get(fieldId(field));
  const set = <K extends keyof CycleValues>(key: K, value: CycleValues[K]) =>
    setValues({ ...values, [key]: value });
  const setQuestion = (index: number, change: Partial<QuestionValues>) =>
    set(
      'questions',
      values.questions.map((question, at) => (at === index ? { ...question, ...change } : question)),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const lang = inquiry.language;
  const ideas = diagram.data?.changeIdeas ?? [];
  const title = cycle ? cycle.title : q.newCycleTitle;
  const text = (
    field: 'plan' | 'dataPlan' | 'observations' | 'comparison' | 'decisionNote',
    label: string,
  ) => (
    <Field id={fieldId(field)} label={`${label} ${t.common.optional}`} error={err(field)}>
      {(control) => (
        <textarea
          {...control}
          rows={4}
          lang={lang}
          value={values[field]}
          readOnly={!editable}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <article className="inquiry cycle">
      <InquiryHeader inquiry={inquiry} title={title} />
      <p>
        <Link to={`/inquiries/${inquiry.id}/cycles`}>← {q.cycles}</Link>
      </p>
      <ErrorSummary problems={problems} />
      <form className="form cycle-form" onSubmit={submit} noValidate>
        <section aria-labelledby="plan-heading" className="panel">
          <h2 id="plan-heading">{q.plan}</h2>
          <Field id={fieldId('changeIdeaId')} label={q.fieldChangeIdea} error={err('changeIdeaId')}>
            {(control) => (
              <select
                {...control}
                value={values.changeIdeaId}
                disabled={!editable}
                onChange={(e) => set('changeIdeaId', e.target.value)}
              >
                <option value="">{q.chooseIdea}</option>
                {ideas.map((idea) => (
                  <option key={idea.id} value={idea.id}>
                    {idea.text}
                  </option>
                ))}
                {cycle && !ideas.some((idea) => idea.id === cycle.changeIdea.id) ? (
                  <option value={cycle.changeIdea.id}>{cycle.changeIdea.text}</option>
                ) : null}
              </select>
            )}
          </Field>
          <Fieldset id={fieldId('purpose')} legend={q.fieldPurpose} error={err('purpose')}>
            {PDSA_PURPOSES.map((purpose) => (
              <p className="radio" key={purpose}>
                <input
                  id={fieldId(`purpose-${purpose}`)}
                  type="radio"
                  name="cycle-purpose"
                  checked={values.purpose === purpose}
                  disabled={!editable}
                  onChange={() => set('purpose', purpose)}
                />
                <label htmlFor={fieldId(`purpose-${purpose}`)}>{q.vocab.purpose[purpose]}</label>
              </p>
            ))}
          </Fieldset>
          <Field id={fieldId('title')} label={q.fieldCycleTitle} error={err('title')}>
            {(control) => (
              <input
                {...control}
                type="text"
                lang={lang}
                value={values.title}
                readOnly={!editable}
                onChange={(e) => set('title', e.target.value)}
              />
            )}
          </Field>
          {text('plan', q.fieldPlan)}
          {text('dataPlan', q.fieldDataPlan)}
          <div className="date-pair">
            <Field id={fieldId('startsOn')} label={q.fieldStartsOn} error={err('startsOn')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={values.startsOn}
                  readOnly={!editable}
                  onChange={(e) => set('startsOn', e.target.value)}
                />
              )}
            </Field>
            <Field id={fieldId('endsOn')} label={q.fieldEndsOn} error={err('endsOn')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={values.endsOn}
                  readOnly={!editable}
                  onChange={(e) => set('endsOn', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Fieldset id={fieldId('schoolIds')} legend={q.fieldCycleSchools} error={err('schoolIds')} columns>
            {inquiry.schools.map((school) => (
              <p className="checkbox" key={school.id}>
                <input
                  id={fieldId(`school-${school.id}`)}
                  type="checkbox"
                  checked={values.schoolIds.includes(school.id)}
                  disabled={!editable}
                  onChange={(e) =>
                    set(
                      'schoolIds',
                      e.target.checked
                        ? [...values.schoolIds, school.id]
                        : values.schoolIds.filter((other) => other !== school.id),
                    )
                  }
                />
                <label htmlFor={fieldId(`school-${school.id}`)}>{school.name}</label>
              </p>
            ))}
          </Fieldset>
          <h3 id="questions-heading">{q.questions}</h3>
          {err('questions') ? (
            <p id={fieldId('questions')} className="field-error" tabIndex={-1}>
              {err('questions')}
            </p>
          ) : null}
          <ol className="cycle-questions" aria-labelledby="questions-heading">
            {values.questions.map((question, index) => (
              <li key={index}>
                <fieldset className="field">
                  <legend>{fill(q.questionN, { n: index + 1 })}</legend>
                  <Field
                    id={fieldId(`q${index}-question`)}
                    label={q.fieldQuestionText}
                    error={err(`q${index}-question`)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        lang={lang}
                        value={question.question}
                        readOnly={!editable}
                        onChange={(e) => setQuestion(index, { question: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field
                    id={fieldId(`q${index}-prediction`)}
                    label={q.fieldPrediction}
                    error={err(`q${index}-prediction`)}
                  >
                    {(control) => (
                      <textarea
                        {...control}
                        rows={2}
                        lang={lang}
                        value={question.prediction}
                        readOnly={!editable}
                        onChange={(e) => setQuestion(index, { prediction: e.target.value })}
                      />
                    )}
                  </Field>
                  {editable && values.questions.length > 1 ? (
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => {
                        set(
                          'questions',
                          values.questions.filter((_, at) => at !== index),
                        );
                        window.requestAnimationFrame(() => document.getElementById('add-question')?.focus());
                      }}
                    >
                      {fill(q.removeQuestion, { n: index + 1 })}
                    </button>
                  ) : null}
                </fieldset>
              </li>
            ))}
          </ol>
          {editable ? (
            <p>
              <button
                id="add-question"
                type="button"
                className="button-secondary"
                onClick={() => {
                  set('questions', [...values.questions, { question: '', prediction: '', result: '' }]);
                  const next = values.questions.length;
                  window.requestAnimationFrame(() =>
                    document.getElementById(fieldId(`q${next}-question`))?.focus(),
                  );
                }}
              >
                {q.addQuestion}
              </button>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="do-heading" className="panel">
          <h2 id="do-heading">{q.do}</h2>
          {text('observations', q.fieldObservations)}
        </section>
        <section aria-labelledby="study-heading" className="panel">
          <h2 id="study-heading">{q.study}</h2>
          <ol className="cycle-questions">
            {values.questions.map((question, index) => (
              <li key={index} className="study-row">
                <p className="study-question" lang={lang}>
                  <strong>{question.question || fill(q.questionN, { n: index + 1 })}</strong>
                </p>
                <div className="study-pair">
                  <div>
                    <p className="hint">{q.fieldPrediction}</p>
                    <p lang={lang}>{question.prediction}</p>
                  </div>
                  <Field
                    id={fieldId(`q${index}-result`)}
                    label={`${q.fieldResult} (${fill(q.questionN, { n: index + 1 })}) ${t.common.optional}`}
                    error={err(`q${index}-result`)}
                  >
                    {(control) => (
                      <textarea
                        {...control}
                        rows={2}
                        lang={lang}
                        value={question.result}
                        readOnly={!editable}
                        onChange={(e) => setQuestion(index, { result: e.target.value })}
                      />
                    )}
                  </Field>
                </div>
              </li>
            ))}
          </ol>
          {text('comparison', q.fieldComparison)}
        </section>
        <section aria-labelledby="act-heading" className="panel">
          <h2 id="act-heading">{q.act}</h2>
          <Fieldset id={fieldId('decision')} legend={q.fieldDecision} error={err('decision')}>
            {(['', ...PDSA_DECISIONS] as const).map((decision) => (
              <p className="radio" key={decision || 'none'}>
                <input
                  id={fieldId(`decision-${decision || 'none'}`)}
                  type="radio"
                  name="cycle-decision"
                  checked={values.decision === decision}
                  disabled={!editable}
                  onChange={() => set('decision', decision)}
                />
                <label htmlFor={fieldId(`decision-${decision || 'none'}`)}>
                  {decision ? q.vocab.decision[decision] : q.noDecision}
                </label>
              </p>
            ))}
          </Fieldset>
          {text('decisionNote', q.fieldDecisionNote)}
        </section>
        {editable ? (
          <p className="form-actions">
            <button type="submit" className="button-primary" disabled={save.isPending}>
              {save.isPending ? q.saving : q.saveCycle}
            </button>
          </p>
        ) : null}
      </form>
      {cycle ? <EvidenceOffer cycle={cycle} /> : null}
      {cycle && editable ? <DeleteCycle cycle={cycle} /> : null}
    </article>
  );
}

/** For a decided cycle, a link per practice to its evidence form, prefilled as platform data. */
function EvidenceOffer({ cycle }: { cycle: CycleDetail }) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  if (!cycle.decision || cycle.practices.length === 0) return null;
  const summary = fill(q.evidenceSummary, {
    title: cycle.title,
    decision: q.vocab.decision[cycle.decision],
    comparison: cycle.comparison || cycle.observations,
  }).slice(0, 1000);
  const search = new URLSearchParams({
    evidenceKind: 'platform_data',
    evidenceSummary: summary,
    evidenceSchools: String(cycle.schools.length),
  });
  return (
    <section aria-labelledby="evidence-offer-heading" className="panel">
      <h2 id="evidence-offer-heading">{q.evidenceOffer}</h2>
      <p>{q.evidenceOfferBody}</p>
      <ul>
        {cycle.practices.map((practice) => (
          <li key={practice.id}>
            <Link to={`/practices/${practice.id}?${search.toString()}#add-evidence-heading`}>
              {fill(q.addAsEvidence, { title: practice.title })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeleteCycle({ cycle }: { cycle: CycleDetail }) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const remove = useMutation({
    mutationFn: () => deleteCycle(cycle.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: inquiryKeys.cycle(cycle.id) });
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.all(cycle.inquiryId) });
      announce(q.cycleDeleted);
      void navigate(`/inquiries/${cycle.inquiryId}/cycles`);
    },
  });
  return confirming ? (
    <ConfirmDelete
      id="cycle-delete-confirm"
      question={fill(q.deleteCycleConfirm, { title: cycle.title })}
      yes={q.deleteYes}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onCancel={() => {
        setConfirming(false);
        window.requestAnimationFrame(() => button.current?.focus());
      }}
    />
  ) : (
    <p>
      <button ref={button} type="button" className="button-danger" onClick={() => setConfirming(true)}>
        {q.deleteCycle}
      </button>
    </p>
  );
}

/** The API's issues at their fields; `questions.1.prediction` lands on question 2's prediction. */
function problemsOfCycle(error: unknown, q: { questionN: string }): Problem[] {
  void q;
  if (!error) return [];
  if (!(error instanceof ApiError) || error.issues.length === 0) return problemsOf(error);
  return error.issues.map((issue) => {
    const [field, index, sub] = issue.path.split('.');
    if (field === 'questions' && index !== undefined && sub)
      return { fieldId: fieldId(`q${index}-${sub}`), message: issue.message };
    if (field) return { fieldId: fieldId(field), message: issue.message };
    return { message: issue.message };
  });
}
