/** Add an organisation or a person to the network, with one of the roles the viewer may grant. */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { NetworkDetail } from '../api/types.ts';
import type { MembershipRole } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { addMembership } from './memberships.api.ts';
import { MemberCombobox, type Candidate } from './MemberCombobox.tsx';

interface Props {
  network: NetworkDetail;
  onAdded(): Promise<void>;
}

const FIELD_IDS: Record<string, string> = {
  organisationId: 'add-member-who',
  personId: 'add-member-who',
  role: 'add-member-role',
  startDate: 'add-member-start',
};

export function AddMemberForm({ network, onAdded }: Props) {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const roles = network.permissions.grantableRoles;
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [role, setRole] = useState<MembershipRole>(
    roles.includes('member') ? 'member' : (roles[0] ?? 'member'),
  );
  const [startDate, setStartDate] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [problems, setProblems] = useState<{ fieldId?: string; message: string }[]>([]);

  const add = useMutation({
    mutationFn: (chosen: Candidate) =>
      addMembership(
        network.id,
        chosen.type === 'person' ? { personId: chosen.id } : { organisationId: chosen.id },
        role,
        startDate,
      ),
    onSuccess: async (_membership, chosen) => {
      setProblems([]);
      setCandidate(null);
      setStartDate('');
      setFormKey((key) => key + 1); // a fresh, empty combobox
      announce(fill(t.addMember.added, { name: chosen.name, role: t.vocab.role[role] }));
      await onAdded();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.issues.length > 0) {
        setProblems(
          error.issues.map((issue) => ({
            fieldId: FIELD_IDS[issue.path.split('.')[0] ?? ''],
            message: issue.message,
          })),
        );
      } else {
        setProblems([
          {
            fieldId: FIELD_IDS.organisationId,
            message: error instanceof Error ? error.message : String(error),
          },
        ]);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!candidate) {
      setProblems([{ fieldId: 'add-member-who', message: t.addMember.chooseFirst }]);
      return;
    }
    if (candidate.alreadyMember) {
      setProblems([
        {
          fieldId: 'add-member-who',
          message: fill(t.membersPage.alreadyMemberProblem, { name: candidate.name }),
        },
      ]);
      return;
    }
    add.mutate(candidate);
  }

  const errorFor = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  return (
    <section aria-labelledby="add-member-heading" className="panel">
      <h2 id="add-member-heading">{t.addMember.title}</h2>
      <ErrorSummary problems={problems} />
      <form className="form" onSubmit={submit} noValidate>
        <Field
          id="add-member-who"
          label={t.addMember.search}
          hint={t.addMember.searchHint}
          error={errorFor('add-member-who')}
        >
          {(control) => (
            <MemberCombobox
              key={formKey}
              networkId={network.id}
              control={control}
              selected={candidate}
              onSelect={setCandidate}
            />
          )}
        </Field>
        <div className="form-columns form-columns-action">
          <Field id="add-member-role" label={t.addMember.role} error={errorFor('add-member-role')}>
            {(control) => (
              <select
                {...control}
                value={role}
                onChange={(event) => setRole(event.target.value as MembershipRole)}
              >
                {roles.map((option) => (
                  <option key={option} value={option}>
                    {t.vocab.role[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="add-member-start"
            label={`${t.addMember.startDate} ${t.common.optional}`}
            error={errorFor('add-member-start')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={startDate}
                onChange={(event) => setStartDate(event.target.value)}
              />
            )}
          </Field>
          <div className="field field-action">
            <button type="submit" className="button-primary" disabled={add.isPending}>
              {add.isPending ? t.addMember.adding : t.addMember.submit}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
