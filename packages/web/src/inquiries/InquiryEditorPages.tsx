/**
 * The inquiry editor's pages: "Open an inquiry" (/inquiries/new?network=), its edit (PATCH with
 * only what changed), the team editor (PUT …/team) and the phases timeline's correction
 * (PUT …/phases). Each goes back to the inquiry's overview once saved.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { getPerson, personKeys } from '../api/people.api.ts';
import type { InquiryDetail } from '../api/types.ts';
import { INQUIRY_PHASES, type InquiryPhase } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { changedFields, formErrors } from '../ui/form-errors.ts';
import { recordableNetworks } from '../practices/practice-networks.ts';
import { useSession } from '../session/session-context.tsx';
import { ApiError } from '../api/client.ts';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { isMissing, PageLoading, QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { createInquiry, inquiryKeys, putPhases, putTeam, updateInquiry } from './inquiries.api.ts';
import {
  emptyInquiryValues,
  fieldId,
  InquiryForm,
  inquiryFieldsOf,
  inquiryValuesOf,
  useInquiryFieldMap,
} from './InquiryForm.tsx';
import { TeamFields, type TeamValues } from './TeamFields.tsx';
import { useTeamChoices } from './team-choices.ts';
import { useInquiry } from './use-inquiry.ts';
import './inquiries.css';

function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { pathname, search } = useLocation();
  if (session === undefined) return <PageLoading />;
  if (session === null)
    return (
      <Notice title={t.inquiries.signInTitle} body={t.inquiries.signInBody}>
        <Link to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>{t.session.signIn}</Link>
      </Notice>
    );
  return <>{children}</>;
}

function Notice({ title, body, children }: { title: string; body: string; children: ReactNode }) {
  return (
    <div className="narrow">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{body}</p>
      <p>{children}</p>
    </div>
  );
}

export function NewInquiryPage() {
  return (
    <SignedIn>
      <NewInquiry />
    </SignedIn>
  );
}

function NewInquiry() {
  const { t } = useI18n();
  const { session } = useSession();
  const [params] = useSearchParams();
  const personId = session?.person.id ?? '';
  const person = useQuery({
    queryKey: personKeys.detail(personId),
    queryFn: ({ signal }) => getPerson(personId, signal),
    enabled: Boolean(personId),
  });
  const networks = recordableNetworks(person.data);
  if (!person.isSuccess) return <QueryState queries={person} />;
  if (networks.length === 0)
    return (
      <Notice title={t.inquiries.newTitle} body={t.inquiries.noNetworks}>
        <Link to="/inquiries">← {t.inquiries.backToList}</Link>
      </Notice>
    );
  const wanted = params.get('network') ?? '';
  const network =
    networks.find((n) => n.id === wanted || n.slug === wanted) ??
    (networks.length === 1 ? networks[0] : null);
  return <NewInquiryEditor networks={networks} initialNetwork={network?.id ?? ''} personId={personId} />;
}

function NewInquiryEditor({
  networks,
  initialNetwork,
  personId,
}: {
  networks: { id: string; name: string }[];
  initialNetwork: string;
  personId: string;
}) {
  const { t, fill, locale } = useI18n();
  const q = t.inquiries;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => emptyInquiryValues(locale));
  const [networkId, setNetworkId] = useState(initialNetwork);
  const [team, setTeam] = useState<TeamValues>({ schoolIds: [], people: [] });
  const choices = useTeamChoices(networkId);
  const save = useMutation({
    mutationFn: () => createInquiry({ ...inquiryFieldsOf(values), networkId, ...team }),
    onSuccess: (saved) => {
      queryClient.setQueryData(inquiryKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['inquiries'] });
      announce(fill(q.created, { title: saved.title }));
      void navigate(`/inquiries/${saved.id}`);
    },
  });
  const { byField, problems } = formErrors(save.error, useInquiryFieldMap());
  return (
    <div className="narrow">
      <p>
        <Link to="/inquiries">← {q.backToList}</Link>
      </p>
      <PageHeading title={q.newTitle}>{q.newTitle}</PageHeading>
      <p className="lead">{q.newIntro}</p>
      <ErrorSummary problems={problems} />
      <InquiryForm
        values={values}
        errors={byField}
        busy={save.isPending}
        submitLabel={q.create}
        onChange={setValues}
        onSubmit={() => save.mutate()}
        onCancel={() => void navigate('/inquiries')}
        before={
          <Field id={fieldId('networkId')} label={q.fieldNetwork} error={byField.networkId}>
            {(control) => (
              <select
                {...control}
                value={networkId}
                onChange={(e) => {
                  setNetworkId(e.target.value);
                  setTeam({ schoolIds: [], people: [] });
                }}
              >
                <option value="">{q.chooseNetwork}</option>
                {networks.map((network) => (
                  <option key={network.id} value={network.id}>
                    {network.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        }
        after={
          networkId ? (
            <TeamFields
              prefix="inquiry"
              networkId={networkId}
              values={team}
              schools={choices.schools}
              knownPeople={[]}
              omitPersonId={personId}
              errors={byField}
              onChange={setTeam}
            />
          ) : null
        }
      />
    </div>
  );
}

/** Loads the inquiry, then hands it to a page that needs the right to edit it. */
function EditingPage({ render }: { render(inquiry: InquiryDetail): ReactNode }) {
  const { t, fill } = useI18n();
  const { id = '' } = useParams();
  const query = useInquiry(id);
  if (!query.isSuccess)
    return (
      <SignedIn>
        <QueryState
          queries={query}
          notFound={{ title: t.inquiries.notFound, body: t.inquiries.notFoundBody }}
          missing={isMissing}
        />
      </SignedIn>
    );
  const inquiry = query.data;
  if (!inquiry.permissions.edit)
    return (
      <Notice title={t.inquiries.mayNotEdit} body={t.inquiries.mayNotEditBody}>
        <Link to={`/inquiries/${inquiry.id}`}>
          ← {fill(t.inquiries.backToInquiry, { title: inquiry.title })}
        </Link>
      </Notice>
    );
  return <SignedIn>{render(inquiry)}</SignedIn>;
}

function BackToInquiry({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, fill } = useI18n();
  return (
    <p>
      <Link to={`/inquiries/${inquiry.id}`}>
        ← {fill(t.inquiries.backToInquiry, { title: inquiry.title })}
      </Link>
    </p>
  );
}

/** Saving one of the editor's changes: store the answer, say so, go back to the overview. */
function useSaveToOverview<T>(inquiry: InquiryDetail, write: (input: T) => Promise<InquiryDetail | null>) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (updated) => {
      if (updated) {
        queryClient.setQueryData(inquiryKeys.detail(inquiry.id), updated);
        void queryClient.invalidateQueries({ queryKey: ['inquiries'] });
      }
      announce(updated ? t.inquiries.saved : t.inquiries.nothingChanged);
      void navigate(`/inquiries/${inquiry.id}`);
    },
  });
}

export function EditInquiryPage() {
  return <EditingPage render={(inquiry) => <EditInquiry key={inquiry.updatedAt} inquiry={inquiry} />} />;
}

function EditInquiry({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, fill } = useI18n();
  const navigate = useNavigate();
  const saved = inquiryValuesOf(inquiry);
  const [values, setValues] = useState(saved);
  const save = useSaveToOverview(inquiry, async () => {
    const changes = changedFields(inquiryFieldsOf(saved), inquiryFieldsOf(values));
    return Object.keys(changes).length === 0 ? null : updateInquiry(inquiry.id, changes);
  });
  const { byField, problems } = formErrors(save.error, useInquiryFieldMap());
  const title = fill(t.inquiries.editTitle, { title: inquiry.title });
  return (
    <div className="narrow">
      <BackToInquiry inquiry={inquiry} />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="hint">{fill(t.inquiries.networkFixed, { network: inquiry.network.name })}</p>
      <ErrorSummary problems={problems} />
      <InquiryForm
        values={values}
        errors={byField}
        busy={save.isPending}
        submitLabel={t.inquiries.saveChanges}
        onChange={setValues}
        onSubmit={() => save.mutate(undefined)}
        onCancel={() => void navigate(`/inquiries/${inquiry.id}`)}
      />
    </div>
  );
}

export function InquiryTeamPage() {
  return <EditingPage render={(inquiry) => <TeamEditor key={inquiry.updatedAt} inquiry={inquiry} />} />;
}

function TeamEditor({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  const [team, setTeam] = useState<TeamValues>({
    schoolIds: inquiry.schools.map((school) => school.id),
    people: inquiry.team.map((person) => ({ personId: person.id, role: person.role })),
  });
  const choices = useTeamChoices(inquiry.network.id);
  const knownPeople = inquiry.team.map((person) => ({ id: person.id, name: person.displayName }));
  // Schools of the team that left the network stay choosable, so saving does not drop them unseen.
  const schools = [
    ...choices.schools,
    ...inquiry.schools.filter((school) => !choices.schools.some((choice) => choice.id === school.id)),
  ];
  const save = useSaveToOverview(inquiry, () => putTeam(inquiry.id, team));
  const { byField, problems } = formErrors(save.error, {
    schoolIds: { id: 'team-schoolIds', label: q.fieldSchools },
    people: { id: 'team-people', label: q.fieldPeople },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  const title = fill(q.teamTitle, { title: inquiry.title });
  return (
    <div className="narrow">
      <BackToInquiry inquiry={inquiry} />
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorSummary problems={problems} />
      {choices.queries.some((query) => query.isPending) ? <PageLoading /> : null}
      <form className="form" onSubmit={submit} noValidate>
        <TeamFields
          prefix="team"
          networkId={inquiry.network.id}
          values={team}
          schools={schools}
          knownPeople={knownPeople}
          errors={byField}
          onChange={setTeam}
        />
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? q.saving : q.saveTeam}
          </button>
        </p>
      </form>
    </div>
  );
}

export function InquiryPhasesPage() {
  return <EditingPage render={(inquiry) => <PhasesEditor key={inquiry.updatedAt} inquiry={inquiry} />} />;
}

interface PhaseRow {
  phase: InquiryPhase;
  taken: boolean;
  startedOn: string;
  endedOn: string;
}

function PhasesEditor({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, fill } = useI18n();
  const q = t.inquiries;
  const [rows, setRows] = useState<PhaseRow[]>(() =>
    INQUIRY_PHASES[inquiry.model].map((phase) => {
      const saved = inquiry.phases.find((row) => row.phase === phase);
      return {
        phase,
        taken: Boolean(saved),
        startedOn: saved?.startedOn ?? '',
        endedOn: saved?.endedOn ?? '',
      };
    }),
  );
  const setRow = (index: number, change: Partial<PhaseRow>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const taken = rows.filter((row) => row.taken);
  const save = useSaveToOverview(inquiry, () =>
    putPhases(inquiry.id, {
      phases: taken.map((row) => ({
        phase: row.phase,
        startedOn: row.startedOn,
        endedOn: row.endedOn === '' ? null : row.endedOn,
      })),
    }),
  );
  // Issues name `phases.<index among those sent>.<field>`: each goes to that row's date box.
  const rowErrors = new Map<string, string>();
  const problems: Problem[] = [];
  if (save.error instanceof ApiError && save.error.issues.length > 0) {
    for (const issue of save.error.issues) {
      const [, index, field] = issue.path.split('.');
      const row = taken[Number(index)];
      const at = row && field ? `phase-${row.phase}-${field}` : undefined;
      if (at) rowErrors.set(at, issue.message);
      problems.push(at ? { fieldId: at, message: issue.message } : { message: issue.message });
    }
  } else if (save.error) problems.push(...problemsOf(save.error));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  const title = fill(q.phasesTitle, { title: inquiry.title });
  return (
    <div className="narrow">
      <BackToInquiry inquiry={inquiry} />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{q.phasesHint}</p>
      <ErrorSummary problems={problems} />
      <form className="form" onSubmit={submit} noValidate>
        {rows.map((row, index) => (
          <fieldset key={row.phase} className="field phase-row">
            <legend>{q.vocab.phase[row.phase]}</legend>
            <p className="checkbox">
              <input
                id={`phase-${row.phase}-taken`}
                type="checkbox"
                checked={row.taken}
                onChange={(e) => setRow(index, { taken: e.target.checked })}
              />
              <label htmlFor={`phase-${row.phase}-taken`}>
                {fill(q.phaseTaken, { phase: q.vocab.phase[row.phase] })}
              </label>
            </p>
            {row.taken ? (
              <div className="phase-dates">
                <Field
                  id={`phase-${row.phase}-startedOn`}
                  label={q.startedOn}
                  error={rowErrors.get(`phase-${row.phase}-startedOn`)}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={row.startedOn}
                      onChange={(e) => setRow(index, { startedOn: e.target.value })}
                    />
                  )}
                </Field>
                <Field
                  id={`phase-${row.phase}-endedOn`}
                  label={q.endedOn}
                  hint={q.endedOnHint}
                  error={rowErrors.get(`phase-${row.phase}-endedOn`)}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={row.endedOn}
                      onChange={(e) => setRow(index, { endedOn: e.target.value })}
                    />
                  )}
                </Field>
              </div>
            ) : null}
          </fieldset>
        ))}
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? q.saving : q.savePhases}
          </button>
        </p>
      </form>
    </div>
  );
}
