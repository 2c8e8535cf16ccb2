/**
 * Create a network (platform admins only; the API refuses anyone else with a 403, so others get
 * a page that says so rather than a form that cannot work). The slug follows the name until
 * the admin edits it; a slug another network has is a 409, shown at the slug field. A name
 * another network has (ignoring case and accents) is said at the name field as it is typed, and
 * creating a second one needs a tick; without it the API refuses with a 409 at `name`.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
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
import { createNetwork, listNetworks, networkKeys } from '../api/networks.api.ts';
import { useDebounced } from '../ui/feedback.tsx';
import { slugFromName } from './slug.ts';

/** What a new network starts as: a forming, public, bottom-up network sharing practice between schools. */
const NEW_NETWORK: NetworkFormValues = {
  name: '',
  purpose: '',
  purposeEs: '',
  goal: '',
  goalEs: '',
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
  const [allowSameName, setAllowSameName] = useState(false);
  const typedName = useDebounced(values.name.trim(), 300);
  const namesakes = useQuery({
    queryKey: ['networks', 'same-name', typedName],
    queryFn: async ({ signal }) => {
      const page = await listNetworks({ q: typedName, kind: '', level: '', region: '' }, null, signal);
      return page.items.filter((network) => sameName(network.name, typedName));
    },
    enabled: typedName.length >= 2,
  });
  const namesake = typedName.length >= 2 ? namesakes.data?.[0] : undefined;

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
    create.mutate({ ...newNetworkFrom(values, shownSlug), allowSameName });
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
          <>
            {namesake ? (
              <div className="notice same-name" id="network-same-name" role="status">
                <p>
                  {fill(t.networkPages.sameNameExists, { name: namesake.name })}{' '}
                  <Link to={`/networks/${namesake.slug}`}>
                    {fill(t.networkPages.sameNameOpen, { name: namesake.name })}
                  </Link>
                </p>
                <p className="hint">{t.networkPages.sameNameHint}</p>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={allowSameName}
                    onChange={(event) => setAllowSameName(event.target.checked)}
                  />{' '}
                  {t.networkPages.sameNameConfirm}
                </label>
              </div>
            ) : null}
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
          </>
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

/**
 * The API's 409 on creating means the name exists (its issue is at `name`, in the reader's
 * language) or the slug is taken; the latter is said in our words, at the slug field.
 */
function conflictAsSlugIssue(error: unknown, t: Catalogue): FieldIssue[] | undefined {
  if (error instanceof ApiError && error.code === 'CONFLICT' && error.details.field !== 'name')
    return [{ path: 'slug', message: t.create.slugTaken }];
  return undefined;
}

/** Names compared as people read them: without case, accents or extra spaces. */
export function sameName(a: string, b: string): boolean {
  const plain = (name: string) =>
    name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return plain(a) === plain(b);
}
