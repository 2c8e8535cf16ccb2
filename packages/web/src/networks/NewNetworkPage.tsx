/**
 * Create a network (platform admins only; the API refuses anyone else with a 403, so others get
 * a page that says so rather than a form that cannot work). The slug follows the name until
 * the admin edits it; a slug another network has is a 409, shown at the slug field.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, type FieldIssue } from '../api/client.ts';
import type { NewNetwork } from '../api/types.ts';
import type { Catalogue } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { PageLoading, PageNotFound } from '../ui/page-states.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { networkFormErrors } from './form-errors.ts';
import { fieldId, NetworkForm, type NetworkFormValues } from './NetworkForm.tsx';
import { createNetwork, networkKeys } from '../api/networks.api.ts';
import { slugFromName } from './slug.ts';

/** What a new network starts as: a forming, public, bottom-up network sharing practice between schools. */
const NEW_NETWORK: NetworkFormValues = {
  name: '',
  purpose: '',
  goal: '',
  kind: 'school_to_school',
  level: 1,
  scopes: ['between'],
  approach: 'enabled',
  status: 'forming',
  visibility: 'public',
  country: '',
  region: '',
  municipality: '',
  parentIds: [],
};

export function NewNetworkPage() {
  const { t } = useI18n();
  const { session } = useSession();
  if (session === undefined) return <PageLoading />;
  if (!session?.person.isAdmin) {
    return (
      <PageNotFound
        title={t.create.notAllowed}
        body={session ? t.create.notAllowedBody : t.create.signInFirst}
      />
    );
  }
  return <NewNetworkForm />;
}

function NewNetworkForm() {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(NEW_NETWORK);
  const [slug, setSlug] = useState('');
  // Until the admin types a slug of their own, it is suggested from the name.
  const [slugEdited, setSlugEdited] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const shownSlug = slugEdited ? slug : slugFromName(values.name);

  const create = useMutation({
    mutationFn: createNetwork,
    onSuccess: (created) => {
      queryClient.setQueryData(networkKeys.detail(created.slug), created);
      // The directory and the parent choices now hold it; its parents' pages list it as a child.
      void queryClient.invalidateQueries({ queryKey: ['networks'] });
      const parentSlugs = new Set(created.parents.map((parent) => parent.slug));
      void queryClient.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'network' && parentSlugs.has(String(queryKey[1])),
      });
      announce(fill(t.create.created, { name: created.name }));
      void navigate(`/networks/${created.slug}`);
    },
    onError: (failure) => setError(failure),
  });

  const submit = () => {
    setError(null);
    create.mutate(newNetworkFrom(values, shownSlug));
  };

  const editSlug = (next: string) => {
    setSlug(next);
    // Emptying the field hands the slug back to the suggestion.
    setSlugEdited(next !== '');
  };

  const { byField, problems } = networkFormErrors(error, t, conflictAsSlugIssue(error, t));
  return (
    <div className="narrow">
      <PageHeading title={t.create.title}>{t.create.title}</PageHeading>
      <p className="lead">{t.create.intro}</p>
      <ErrorSummary problems={problems} />
      <NetworkForm
        values={values}
        errors={byField}
        busy={create.isPending}
        submitLabel={t.create.submit}
        busyLabel={t.create.creating}
        afterName={
          <Field id={fieldId('slug')} label={t.edit.slug} hint={t.edit.slugHint} error={byField.slug}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={shownSlug}
                onChange={(e) => editSlug(e.target.value)}
              />
            )}
          </Field>
        }
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => void navigate('/')}
      />
    </div>
  );
}

/** The request body: empty place names are left out rather than sent as empty strings. */
function newNetworkFrom(values: NetworkFormValues, slug: string): NewNetwork {
  const { country, region, municipality, ...rest } = values;
  const place = Object.fromEntries(
    Object.entries({ country, region, municipality }).filter(([, value]) => value.trim() !== ''),
  );
  return { ...rest, ...place, slug };
}

/** The API's 409 on creating means the slug is taken; say so in our words, at the slug field. */
function conflictAsSlugIssue(error: unknown, t: Catalogue): FieldIssue[] | undefined {
  if (error instanceof ApiError && error.code === 'CONFLICT')
    return [{ path: 'slug', message: t.create.slugTaken }];
  return undefined;
}
