/**
 * The practice editor's two pages: "Record a practice" (/practices/new, optionally ?network= from
 * the list's filter) and its edit (/practices/:id/edit, PATCH with only what changed). Both go to
 * the practice's page once saved.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { getPerson, personKeys } from '../api/people.api.ts';
import type { PracticeDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { isMissing, PageLoading, QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { changedFields, formErrors } from '../ui/form-errors.ts';
import {
  createInputOf,
  emptyPracticeValues,
  PracticeForm,
  practiceFieldsOf,
  practiceValuesOf,
  usePracticeFieldMap,
  type PracticeFormValues,
} from './PracticeForm.tsx';
import { recordableNetworks } from './practice-networks.ts';
import { createPractice, getPractice, practiceKeys, updatePractice } from './practices.api.ts';
import './practices.css';

/** A page of the editor that only someone signed in can use; others are told where to sign in. */
function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { pathname, search } = useLocation();
  if (session === undefined) return <PageLoading />;
  if (session === null)
    return (
      <Notice title={t.practices.signInTitle} body={t.practices.signInBody}>
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

export function NewPracticePage() {
  return (
    <SignedIn>
      <NewPractice />
    </SignedIn>
  );
}

function NewPractice() {
  const { t, locale } = useI18n();
  const p = t.practices;
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
      <Notice title={p.newPractice} body={p.noNetworks}>
        <Link to="/practices">← {p.backToList}</Link>
      </Notice>
    );
  // The list's network filter (an id or a slug) or one's only network is chosen already; the
  // school is the first one the person works at now, the most likely origin of what they record.
  const wanted = params.get('network') ?? '';
  const network =
    networks.find((n) => n.id === wanted || n.slug === wanted) ??
    (networks.length === 1 ? networks[0] : null);
  const current = person.data.affiliations.find((affiliation) => affiliation.endDate === null);
  const initial = emptyPracticeValues(
    locale,
    network?.id ?? '',
    current ? { id: current.organisation.id, name: current.organisation.name } : null,
  );
  return <NewPracticeEditor initial={initial} networks={networks} />;
}

function NewPracticeEditor({
  initial,
  networks,
}: {
  initial: PracticeFormValues;
  networks: { id: string; name: string }[];
}) {
  const { t, fill } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const save = useMutation({
    mutationFn: () => createPractice(createInputOf(values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(practiceKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['practices'] });
      announce(fill(p.created, { title: saved.title }));
      void navigate(`/practices/${saved.id}`);
    },
  });
  const { byField, problems } = formErrors(save.error, usePracticeFieldMap());
  return (
    <div className="narrow">
      <p>
        <Link to="/practices">← {p.backToList}</Link>
      </p>
      <PageHeading title={p.newPractice}>{p.newPractice}</PageHeading>
      <p className="lead">{p.newIntro}</p>
      <ErrorSummary problems={problems} />
      <PracticeForm
        values={values}
        errors={byField}
        busy={save.isPending}
        networks={networks}
        submitLabel={p.create}
        onChange={setValues}
        onSubmit={() => save.mutate()}
        onCancel={() => void navigate('/practices')}
      />
    </div>
  );
}

export function EditPracticePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: practiceKeys.detail(id),
    queryFn: ({ signal }) => getPractice(id, signal),
  });
  return (
    <SignedIn>
      {query.isSuccess ? (
        <EditPractice key={query.data.updatedAt} practice={query.data} />
      ) : (
        <QueryState
          queries={query}
          notFound={{ title: t.practices.notFound, body: t.practices.notFoundBody }}
          missing={isMissing}
        />
      )}
    </SignedIn>
  );
}

function EditPractice({ practice }: { practice: PracticeDetail }) {
  const { t, fill } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const saved = practiceValuesOf(practice);
  const [values, setValues] = useState(saved);
  const back = `/practices/${practice.id}`;
  const save = useMutation({
    mutationFn: async () => {
      const changes = changedFields(practiceFieldsOf(saved), practiceFieldsOf(values));
      return Object.keys(changes).length === 0 ? null : updatePractice(practice.id, changes);
    },
    onSuccess: (updated) => {
      if (updated) {
        queryClient.setQueryData(practiceKeys.detail(practice.id), updated);
        void queryClient.invalidateQueries({ queryKey: ['practices'] });
      }
      announce(updated ? p.saved : p.nothingChanged);
      void navigate(back);
    },
  });
  const { byField, problems } = formErrors(save.error, usePracticeFieldMap());
  const backLink = <Link to={back}>← {fill(p.backToPractice, { title: practice.title })}</Link>;
  if (!practice.permissions.edit)
    return (
      <Notice title={p.mayNotEdit} body={p.mayNotEditBody}>
        {backLink}
      </Notice>
    );
  const title = fill(p.editTitle, { title: practice.title });
  return (
    <div className="narrow">
      <p>{backLink}</p>
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorSummary problems={problems} />
      <PracticeForm
        values={values}
        errors={byField}
        busy={save.isPending}
        networks={null}
        networkName={practice.network.name}
        submitLabel={p.saveChanges}
        onChange={setValues}
        onSubmit={() => save.mutate()}
        onCancel={() => void navigate(back)}
      />
    </div>
  );
}
