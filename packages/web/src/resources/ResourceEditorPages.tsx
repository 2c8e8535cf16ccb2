/** The editor's three uses: a new resource, an edit (a new version), and an adaptation of another. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ResourceChanges, ResourceDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { PageLoading } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import {
  emptyValues,
  inputOf,
  ResourceForm,
  resourceFormErrors,
  valuesOf,
  type ResourceFormValues,
} from './ResourceForm.tsx';
import { ResourceRoute } from './ResourceRoute.tsx';
import { adaptResource, createResource, resourceKeys, updateResource } from './resources.api.ts';
import './resources.css';

/** Only people signed in write resources; others are told so, and where to sign in. */
function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useSession();
  if (session === undefined) return <PageLoading />;
  if (session === null)
    return (
      <div className="narrow">
        <PageHeading title={t.resources.signInTitle}>{t.resources.signInTitle}</PageHeading>
        <p>{t.resources.signInBody}</p>
        <p>
          <Link to="/sign-in">{t.session.signIn}</Link>
        </p>
      </div>
    );
  return <>{children}</>;
}

interface EditorProps {
  title: string;
  intro?: string;
  initial: ResourceFormValues;
  submitLabel: string;
  withVersionNote?: boolean;
  savedNetwork?: { id: string; name: string } | null;
  back: string;
  backLabel: string;
  save(values: ResourceFormValues): Promise<ResourceDetail>;
  savedMessage(saved: ResourceDetail): string;
}

function Editor({
  title,
  intro,
  initial,
  submitLabel,
  withVersionNote,
  savedNetwork,
  back,
  backLabel,
  save,
  savedMessage,
}: EditorProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      queryClient.setQueryData(resourceKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['resources'] });
      void queryClient.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'resource' && queryKey.length > 2,
      });
      announce(savedMessage(saved));
      void navigate(`/resources/${saved.id}`);
    },
  });
  const { byField, problems } = resourceFormErrors(mutation.error, t);
  return (
    <div className="narrow">
      <p>
        <Link to={back}>← {backLabel}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {intro ? <p className="lead">{intro}</p> : null}
      <ErrorSummary problems={problems} />
      <ResourceForm
        values={values}
        errors={byField}
        busy={mutation.isPending}
        withVersionNote={withVersionNote ?? false}
        savedNetwork={savedNetwork ?? null}
        submitLabel={submitLabel}
        onChange={setValues}
        onSubmit={() => mutation.mutate(values)}
        onCancel={() => void navigate(back)}
      />
    </div>
  );
}

export function NewResourcePage() {
  const { t, fill, locale } = useI18n();
  const r = t.resources;
  return (
    <SignedIn>
      <Editor
        title={r.newTitle}
        initial={emptyValues(locale)}
        submitLabel={r.create}
        back="/resources"
        backLabel={r.backToSearch}
        save={(values) => createResource(inputOf(values))}
        savedMessage={(saved) => fill(r.created, { title: saved.title })}
      />
    </SignedIn>
  );
}

/** The fields that differ from the saved resource, and the note, as a PATCH. */
function changesBetween(saved: ResourceFormValues, edited: ResourceFormValues): ResourceChanges {
  const before = inputOf(saved) as Record<string, unknown>;
  const after = inputOf(edited) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after))
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  return changes as ResourceChanges;
}

export function EditResourcePage() {
  return (
    <SignedIn>
      <ResourceRoute>
        {(resource) => <EditResource key={resource.version} resource={resource} />}
      </ResourceRoute>
    </SignedIn>
  );
}

function EditResource({ resource }: { resource: ResourceDetail }) {
  const { t, fill } = useI18n();
  const r = t.resources;
  const back = `/resources/${resource.id}`;
  const backLabel = fill(r.backToResource, { title: resource.title });
  if (!resource.permissions.edit)
    return (
      <div className="narrow">
        <PageHeading title={r.mayNotEdit}>{r.mayNotEdit}</PageHeading>
        <p>{r.mayNotEditBody}</p>
        <p>
          <Link to={back}>{backLabel}</Link>
        </p>
      </div>
    );
  const saved = valuesOf(resource);
  return (
    <Editor
      title={fill(r.editTitle, { title: resource.title })}
      initial={saved}
      submitLabel={r.save}
      withVersionNote
      savedNetwork={resource.network}
      back={back}
      backLabel={backLabel}
      save={(values) => updateResource(resource.id, changesBetween(saved, values))}
      savedMessage={() => r.saved}
    />
  );
}

export function AdaptResourcePage() {
  return (
    <SignedIn>
      <ResourceRoute>{(resource) => <AdaptResource resource={resource} />}</ResourceRoute>
    </SignedIn>
  );
}

function AdaptResource({ resource }: { resource: ResourceDetail }) {
  const { t, fill } = useI18n();
  const r = t.resources;
  // Prefilled with the original, as a draft of one's own: the licence stays the original's,
  // which every licence rule allows (the server says no to an ND original whatever is chosen).
  const initial: ResourceFormValues = {
    ...valuesOf(resource),
    title: fill(r.adaptOf, { title: resource.title }).slice(0, 200),
    visibility: 'draft',
    networkId: '',
  };
  return (
    <Editor
      title={fill(r.adaptTitle, { title: resource.title })}
      intro={r.adaptIntro}
      initial={initial}
      submitLabel={r.createAdaptation}
      back={`/resources/${resource.id}`}
      backLabel={fill(r.backToResource, { title: resource.title })}
      save={(values) => adaptResource(resource.id, inputOf(values))}
      savedMessage={(saved) => fill(r.created, { title: saved.title })}
    />
  );
}
