/**
 * The practice page's two forms, shown as the server's permissions say: add an item of evidence,
 * and record a school's adoption. A refusal or invalid field comes back in the error summary.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AdoptionInput, EvidenceInput, PracticeDetail } from '../api/types.ts';
import {
  ADOPTION_MODES,
  EVIDENCE_DIRECTIONS,
  EVIDENCE_KINDS,
  EVIDENCE_LEVELS,
  type AdoptionMode,
  type EvidenceDirection,
  type EvidenceKind,
} from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { listMemberships } from '../memberships/memberships.api.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { useAnnounce } from '../ui/status.tsx';
import { addEvidence, getTravel, practiceKeys, recordAdoption } from './practices.api.ts';

const EMPTY_EVIDENCE = {
  direction: 'supports' as EvidenceDirection,
  kind: 'study' as EvidenceKind,
  level: 1,
  summary: '',
  setting: '',
  url: '',
};

export function AddEvidenceForm({ practice }: { practice: PracticeDetail }) {
  const { t } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY_EVIDENCE);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const save = useMutation({
    mutationFn: (input: EvidenceInput) => addEvidence(practice.id, input),
    onSuccess: () => {
      setValues(EMPTY_EVIDENCE);
      void queryClient.invalidateQueries({ queryKey: practiceKeys.detail(practice.id) });
      announce(p.evidenceAdded);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      direction: values.direction,
      kind: values.kind,
      level: values.level,
      summary: values.summary,
      setting: values.setting,
      url: values.url.trim() ? values.url.trim() : null,
    });
  };
  return (
    <section aria-labelledby="add-evidence-heading" className="panel practice-form">
      <h2 id="add-evidence-heading">{p.addEvidence}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {save.isError ? <ErrorSummary problems={problemsOf(save.error)} /> : null}
        <div className="form-columns">
          <Field id="evidence-direction" label={p.direction}>
            {(control) => (
              <select
                {...control}
                value={values.direction}
                onChange={(e) => set('direction', e.target.value as EvidenceDirection)}
              >
                {EVIDENCE_DIRECTIONS.map((direction) => (
                  <option key={direction} value={direction}>
                    {p.vocab.direction[direction]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="evidence-kind" label={p.kind}>
            {(control) => (
              <select
                {...control}
                value={values.kind}
                onChange={(e) => set('kind', e.target.value as EvidenceKind)}
              >
                {EVIDENCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {p.vocab.kind[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="evidence-level" label={p.level} hint={p.levelHint}>
            {(control) => (
              <select
                {...control}
                value={values.level}
                onChange={(e) => set('level', Number(e.target.value))}
              >
                {EVIDENCE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {p.vocab.level[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="evidence-summary" label={p.summary}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={values.summary}
              onChange={(e) => set('summary', e.target.value)}
            />
          )}
        </Field>
        <Field id="evidence-setting" label={`${p.setting} ${t.common.optional}`} hint={p.settingHint}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.setting}
              onChange={(e) => set('setting', e.target.value)}
            />
          )}
        </Field>
        <Field id="evidence-url" label={`${p.url} ${t.common.optional}`}>
          {(control) => (
            <input {...control} type="url" value={values.url} onChange={(e) => set('url', e.target.value)} />
          )}
        </Field>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? t.common.saving : p.saveEvidence}
          </button>
        </p>
      </form>
    </section>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

export function RecordAdoptionForm({ practice }: { practice: PracticeDetail }) {
  const { t } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const empty = {
    schoolId: '',
    fromSchoolId: practice.school.id,
    startedOn: today(),
    mode: 'adopted' as AdoptionMode,
    adaptation: '',
    outcome: '',
  };
  const [values, setValues] = useState(empty);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  // The schools that can take it up: the network's member organisations.
  const schools = useQuery({
    queryKey: ['networks', practice.network.id, 'memberships', 'organisations'],
    queryFn: ({ signal }) =>
      listMemberships(practice.network.id, null, signal, { type: 'organisation' }, 100),
  });
  // Where it can come from: the originating school or an earlier adopter.
  const travel = useQuery({
    queryKey: practiceKeys.travel(practice.id),
    queryFn: ({ signal }) => getTravel(practice.id, signal),
  });
  const save = useMutation({
    mutationFn: (input: AdoptionInput) => recordAdoption(practice.id, input),
    onSuccess: () => {
      setValues(empty);
      void queryClient.invalidateQueries({ queryKey: practiceKeys.detail(practice.id) });
      announce(p.adoptionRecorded);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      schoolId: values.schoolId,
      fromSchoolId: values.fromSchoolId,
      startedOn: values.startedOn,
      mode: values.mode,
      ...(values.mode === 'adapted' ? { adaptation: values.adaptation } : {}),
      outcome: values.outcome,
    });
  };
  const memberSchools = (schools.data?.items ?? []).flatMap((membership) =>
    membership.member.type === 'organisation'
      ? [{ id: membership.member.id, name: membership.member.name }]
      : [],
  );
  const sources = travel.data?.nodes ?? [
    { id: practice.school.id, name: practice.school.name, generation: 0 },
  ];
  return (
    <section aria-labelledby="record-adoption-heading" className="panel practice-form">
      <h2 id="record-adoption-heading">{p.recordAdoption}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {save.isError ? <ErrorSummary problems={problemsOf(save.error)} /> : null}
        <div className="form-columns">
          <Field id="adoption-school" label={p.school}>
            {(control) => (
              <select {...control} value={values.schoolId} onChange={(e) => set('schoolId', e.target.value)}>
                <option value="">{p.chooseSchool}</option>
                {memberSchools.map((school) => (
                  <option key={school.id} value={school.id}>
                    {school.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="adoption-from" label={p.fromSchool}>
            {(control) => (
              <select
                {...control}
                value={values.fromSchoolId}
                onChange={(e) => set('fromSchoolId', e.target.value)}
              >
                {sources.map((school) => (
                  <option key={school.id} value={school.id}>
                    {school.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="adoption-started" label={p.startedOn}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={values.startedOn}
                onChange={(e) => set('startedOn', e.target.value)}
              />
            )}
          </Field>
          <Field id="adoption-mode" label={p.mode}>
            {(control) => (
              <select
                {...control}
                value={values.mode}
                onChange={(e) => set('mode', e.target.value as AdoptionMode)}
              >
                {ADOPTION_MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {p.vocab.mode[mode]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {values.mode === 'adapted' ? (
          <Field id="adoption-adaptation" label={p.adaptation}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={values.adaptation}
                onChange={(e) => set('adaptation', e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Field id="adoption-outcome" label={`${p.outcome} ${t.common.optional}`}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={values.outcome}
              onChange={(e) => set('outcome', e.target.value)}
            />
          )}
        </Field>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? t.common.saving : p.saveAdoption}
          </button>
        </p>
      </form>
    </section>
  );
}
