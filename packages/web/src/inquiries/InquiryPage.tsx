/**
 * An inquiry's overview: its question and the two that follow it, the aim, the team, the phases
 * timeline (the current one marked), the status, and the progress score on the IHI scale (what
 * the data propose, the cap and why, the team's confirmation or override with its reason), with
 * the changes the server allows (edit, team, phases, delete).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { InquiryDetail } from '../api/types.ts';
import { INQUIRY_PHASES, PROGRESS_SCORES } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ConfirmDelete } from '../ui/confirm-delete.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { InquiryHeader } from '../ui/inquiry-header.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { deleteInquiry, inquiryKeys, putProgress } from './inquiries.api.ts';
import { useInquiry } from './use-inquiry.ts';
import './inquiries.css';

export function InquiryPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useInquiry(id);
  if (!query.isSuccess)
    return (
      <QueryState
        queries={query}
        notFound={{ title: t.inquiries.notFound, body: t.inquiries.notFoundBody }}
        missing={isMissing}
      />
    );
  return <InquiryOverview inquiry={query.data} />;
}

const scoreText = (score: number, number: (n: number) => string) => number(score).replace(/^(\d)$/, '$1');

function InquiryOverview({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, date } = useI18n();
  const q = t.inquiries;
  const aimRows = [
    [q.aimWhat, inquiry.aim.what],
    [q.aimHowMuch, inquiry.aim.howMuch],
    [q.aimByWhen, inquiry.aim.byWhen ? date(inquiry.aim.byWhen) : ''],
    [q.aimForWhom, inquiry.aim.forWhom],
  ] as const;
  return (
    <article className="inquiry">
      <InquiryHeader inquiry={inquiry} />
      {inquiry.permissions.edit ? <InquiryActions inquiry={inquiry} /> : null}
      <div className="inquiry-layout">
        <div lang={inquiry.language}>
          <section aria-labelledby="question-heading">
            <h2 id="question-heading">{q.question}</h2>
            <p className="prose">{inquiry.question}</p>
          </section>
          {inquiry.evidence ? (
            <section aria-labelledby="evidence-heading">
              <h2 id="evidence-heading">{q.evidence}</h2>
              <p className="prose">{inquiry.evidence}</p>
            </section>
          ) : null}
          {inquiry.rationale ? (
            <section aria-labelledby="rationale-heading">
              <h2 id="rationale-heading">{q.rationale}</h2>
              <p className="prose">{inquiry.rationale}</p>
            </section>
          ) : null}
          <section aria-labelledby="aim-heading">
            <h2 id="aim-heading">{q.aim}</h2>
            <dl className="aim-list">
              {aimRows.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value || <span className="hint">{q.notStated}</span>}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
        <section aria-labelledby="team-heading" className="panel">
          <h2 id="team-heading">{q.team}</h2>
          <h3>{q.schools}</h3>
          <ul className="plain-list">
            {inquiry.schools.map((school) => (
              <li key={school.id}>
                <Link to={`/organisations/${school.id}`}>{school.name}</Link>
              </li>
            ))}
          </ul>
          <h3>{q.people}</h3>
          <ul className="plain-list">
            {inquiry.team.map((person) => (
              <li key={person.id}>
                <Link to={`/people/${person.id}`}>{person.displayName}</Link>{' '}
                <span className="hint">· {q.vocab.role[person.role]}</span>
              </li>
            ))}
          </ul>
          {inquiry.permissions.manage ? (
            <p>
              <Link to={`/inquiries/${inquiry.id}/team`}>{q.editTeam}</Link>
            </p>
          ) : null}
        </section>
      </div>
      <PhasesTimeline inquiry={inquiry} />
      <ProgressSection inquiry={inquiry} />
    </article>
  );
}

function PhasesTimeline({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, fill, date } = useI18n();
  const q = t.inquiries;
  return (
    <section aria-labelledby="phases-heading" className="panel">
      <h2 id="phases-heading">{q.phases}</h2>
      <p className="hint">{fill(q.phasesCaption, { model: q.vocab.model[inquiry.model] })}</p>
      <ol className="phase-timeline">
        {INQUIRY_PHASES[inquiry.model].map((phase) => {
          const row = inquiry.phases.find((saved) => saved.phase === phase);
          const current = phase === inquiry.phase;
          return (
            <li
              key={phase}
              className={current ? 'phase phase-current' : row ? 'phase phase-done' : 'phase'}
              aria-current={current ? 'step' : undefined}
            >
              <span className="phase-name">{q.vocab.phase[phase]}</span>
              {current ? <span className="phase-tag"> ({q.currentPhase})</span> : null}
              <span className="phase-dates">
                {row
                  ? fill(q.phaseDates, {
                      start: date(row.startedOn),
                      end: row.endedOn ? date(row.endedOn) : q.ongoing,
                    })
                  : q.notStarted}
              </span>
            </li>
          );
        })}
      </ol>
      {inquiry.permissions.edit ? (
        <p>
          <Link to={`/inquiries/${inquiry.id}/phases`}>{q.editPhases}</Link>
        </p>
      ) : null}
    </section>
  );
}

function ProgressSection({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, fill, number } = useI18n();
  const q = t.inquiries;
  const { progress } = inquiry;
  const level = (score: number) =>
    fill(q.levelOf, { score: scoreText(score, number), name: q.levels[String(score)] ?? '' });
  return (
    <section aria-labelledby="progress-heading" className="panel">
      <h2 id="progress-heading">{q.progress}</h2>
      <p className="hint">{q.progressIntro}</p>
      <ul className="plain-list progress-facts">
        <li>{fill(q.proposed, { score: level(progress.proposed) })}</li>
        <li>
          {fill(q.cap, { score: level(progress.cap) })}{' '}
          {progress.capReason ? q.capWhy[progress.capReason] : null}
        </li>
        <li>
          <strong>
            {progress.confirmed === null
              ? q.notConfirmed
              : fill(q.confirmed, { score: level(progress.confirmed) })}
          </strong>
        </li>
        {progress.reason ? <li>{fill(q.overrideReason, { reason: progress.reason })}</li> : null}
      </ul>
      {inquiry.permissions.edit ? <ProgressForm inquiry={inquiry} level={level} /> : null}
    </section>
  );
}

function ProgressForm({ inquiry, level }: { inquiry: InquiryDetail; level(score: number): string }) {
  const { t } = useI18n();
  const q = t.inquiries;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { progress } = inquiry;
  const [score, setScore] = useState(progress.confirmed ?? progress.proposed);
  const [reason, setReason] = useState(progress.reason ?? '');
  const passesCap = score > progress.cap;
  const save = useMutation({
    mutationFn: () => putProgress(inquiry.id, passesCap ? { score, reason } : { score }),
    onSuccess: (updated) => {
      queryClient.setQueryData(inquiryKeys.detail(inquiry.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['inquiries'] });
      announce(q.progressSaved);
    },
  });
  const issues = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const problems = save.error
    ? save.error instanceof ApiError && save.error.issues.length > 0
      ? save.error.issues.map((issue) => ({
          fieldId: issue.path.startsWith('reason') ? 'progress-reason' : 'progress-score',
          message: issue.message,
        }))
      : problemsOf(save.error)
    : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="form progress-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <Field id="progress-score" label={q.fieldScore} error={issues.score}>
        {(control) => (
          <select {...control} value={score} onChange={(e) => setScore(Number(e.target.value))}>
            {PROGRESS_SCORES.map((option) => (
              <option key={option} value={option}>
                {level(option)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {passesCap ? (
        <Field id="progress-reason" label={q.fieldReason} hint={q.fieldReasonHint} error={issues.reason}>
          {(control) => (
            <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
      ) : null}
      <p className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? q.saving : q.confirmScore}
        </button>
      </p>
    </form>
  );
}

function InquiryActions({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const remove = useMutation({
    mutationFn: () => deleteInquiry(inquiry.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: inquiryKeys.all(inquiry.id) });
      void queryClient.invalidateQueries({ queryKey: ['inquiries'] });
      announce(fill(q.deleted, { title: inquiry.title }));
      void navigate('/inquiries');
    },
  });
  const cancel = () => {
    setConfirming(false);
    window.requestAnimationFrame(() => deleteButton.current?.focus());
  };
  return (
    <div className="inquiry-actions">
      <p className="form-actions">
        <Link className="button-secondary" to={`/inquiries/${inquiry.id}/edit`}>
          {q.edit}
        </Link>
        {inquiry.permissions.manage && !confirming ? (
          <button
            ref={deleteButton}
            type="button"
            className="button-danger"
            onClick={() => setConfirming(true)}
          >
            {q.delete}
          </button>
        ) : null}
      </p>
      {confirming ? (
        <ConfirmDelete
          id="inquiry-delete-confirm"
          question={fill(q.deleteConfirm, { title: inquiry.title })}
          yes={q.deleteYes}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onCancel={cancel}
        />
      ) : null}
    </div>
  );
}
