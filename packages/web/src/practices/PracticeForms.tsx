/**
 * The practice page's two forms, shown as the server's permissions say: add an item of evidence
 * (prefilled when a finished PDSA cycle offers one, evidence-offer.ts), and record a school's
 * adoption. Each issue the API finds is shown at its field and in the error summary; a refusal in
 * the summary alone.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { AdoptionInput, EvidenceInput, PracticeDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { listMemberships } from '../memberships/memberships.api.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import {
  AdoptionFields,
  adoptionInputOf,
  useAdoptionFieldMap,
  type AdoptionValues,
} from './AdoptionFields.tsx';
import { EMPTY_EVIDENCE, EvidenceFields, evidenceInputOf, useEvidenceFieldMap } from './EvidenceFields.tsx';
import { formErrors } from '../ui/form-errors.ts';
import { OFFER_PARAMS, offeredEvidence } from './evidence-offer.ts';
import { addEvidence, getTravel, practiceKeys, recordAdoption } from './practices.api.ts';

export function AddEvidenceForm({ practice }: { practice: PracticeDetail }) {
  const { t } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [offered, setOffered] = useState(() => offeredEvidence(params) !== null);
  const [values, setValues] = useState(() => offeredEvidence(params) ?? EMPTY_EVIDENCE);
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from a cycle's offer, the person lands on the form it filled in, not the page's top.
  useEffect(() => {
    if (offered) heading.current?.focus();
  }, [offered]);
  const save = useMutation({
    mutationFn: (input: EvidenceInput) => addEvidence(practice.id, input),
    onSuccess: () => {
      setValues(EMPTY_EVIDENCE);
      if (offered) {
        setOffered(false);
        const rest = new URLSearchParams(params);
        for (const name of OFFER_PARAMS) rest.delete(name);
        setParams(rest, { replace: true });
      }
      void queryClient.invalidateQueries({ queryKey: practiceKeys.all(practice.id) });
      void queryClient.invalidateQueries({ queryKey: ['practices'] });
      announce(p.evidenceAdded);
    },
  });
  const { byField, problems } = formErrors(save.error, useEvidenceFieldMap('evidence'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(evidenceInputOf(values));
  };
  return (
    <section aria-labelledby="add-evidence-heading" className="panel practice-form">
      <h2 id="add-evidence-heading" ref={heading} tabIndex={-1}>
        {p.addEvidence}
      </h2>
      {offered ? <p className="hint">{p.evidenceOffered}</p> : null}
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        <EvidenceFields
          prefix="evidence"
          values={values}
          errors={byField}
          lang={practice.language}
          onChange={setValues}
        />
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

/** The schools that can take it up (the network's member organisations) and where from. */
function useAdoptionChoices(practice: PracticeDetail) {
  const schools = useQuery({
    queryKey: ['networks', practice.network.id, 'memberships', 'organisations'],
    queryFn: ({ signal }) =>
      listMemberships(practice.network.id, null, signal, { type: 'organisation' }, 100),
  });
  const travel = useQuery({
    queryKey: practiceKeys.travel(practice.id),
    queryFn: ({ signal }) => getTravel(practice.id, signal),
  });
  const memberSchools = (schools.data?.items ?? []).flatMap((membership) =>
    membership.member.type === 'organisation'
      ? [{ id: membership.member.id, name: membership.member.name }]
      : [],
  );
  return { memberSchools, sources: sourcesOf(practice, travel.data?.nodes) };
}

/** Where an adoption can come from: the originating school or an earlier adopter. */
export const sourcesOf = (practice: PracticeDetail, nodes: { id: string; name: string }[] | undefined) =>
  nodes ?? [{ id: practice.school.id, name: practice.school.name }];

export function RecordAdoptionForm({ practice }: { practice: PracticeDetail }) {
  const { t } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const empty: AdoptionValues = {
    fromSchoolId: practice.school.id,
    startedOn: today(),
    mode: 'adopted',
    adaptation: '',
    outcome: '',
  };
  const [schoolId, setSchoolId] = useState('');
  const [values, setValues] = useState(empty);
  const { memberSchools, sources } = useAdoptionChoices(practice);
  const save = useMutation({
    mutationFn: (input: AdoptionInput) => recordAdoption(practice.id, input),
    onSuccess: () => {
      setSchoolId('');
      setValues(empty);
      void queryClient.invalidateQueries({ queryKey: practiceKeys.all(practice.id) });
      void queryClient.invalidateQueries({ queryKey: ['practices'] });
      announce(p.adoptionRecorded);
    },
  });
  const { byField, problems } = formErrors(save.error, useAdoptionFieldMap('adoption'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ schoolId, ...adoptionInputOf(values) });
  };
  return (
    <section aria-labelledby="record-adoption-heading" className="panel practice-form">
      <h2 id="record-adoption-heading">{p.recordAdoption}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        <Field id="adoption-school" label={p.school} error={byField.schoolId}>
          {(control) => (
            <select {...control} value={schoolId} onChange={(e) => setSchoolId(e.target.value)}>
              <option value="">{p.chooseSchool}</option>
              {memberSchools.map((school) => (
                <option key={school.id} value={school.id}>
                  {school.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <AdoptionFields
          prefix="adoption"
          values={values}
          sources={sources}
          errors={byField}
          onChange={setValues}
        />
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? t.common.saving : p.saveAdoption}
          </button>
        </p>
      </form>
    </section>
  );
}
