/** Edit a network (its coordinators and committee); only changed fields are sent. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { NetworkChanges, NetworkDetail } from '../api/types.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { isNotFound, Loading, RequestFailed } from '../ui/feedback.tsx';
import { PageHeading, useDocumentTitle } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { fieldId, NetworkForm, type NetworkFormValues } from './NetworkForm.tsx';
import { getNetwork, networkKeys, updateNetwork } from './networks.api.ts';

const toValues = (network: NetworkDetail): NetworkFormValues => ({
  name: network.name,
  purpose: network.purpose,
  goal: network.goal,
  kind: network.kind,
  level: network.level,
  scopes: network.scopes,
  approach: network.approach,
  status: network.status,
  visibility: network.visibility,
  country: network.country ?? '',
  region: network.region ?? '',
  municipality: network.municipality ?? '',
});

/** The fields that differ from the saved network; empty place names become null. */
function changesBetween(saved: NetworkFormValues, edited: NetworkFormValues): NetworkChanges {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(edited) as (keyof NetworkFormValues)[]) {
    if (JSON.stringify(saved[key]) === JSON.stringify(edited[key])) continue;
    const value = edited[key];
    changes[key] =
      (key === 'country' || key === 'region' || key === 'municipality') && value === '' ? null : value;
  }
  return changes as NetworkChanges;
}

export function EditNetworkPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const query = useQuery({
    queryKey: networkKeys.detail(slug),
    queryFn: ({ signal }) => getNetwork(slug, signal),
  });
  useDocumentTitle(query.data?.name ?? t.common.loading);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isNotFound(query.error))
      return <NotFoundPage title={t.network.notFound} body={t.network.notFoundBody} />;
    return <RequestFailed error={query.error} onRetry={() => void query.refetch()} />;
  }
  // Keyed by the saved version so a refetch after saving starts the form afresh.
  return <EditNetwork key={query.data.updatedAt} network={query.data} />;
}

function EditNetwork({ network }: { network: NetworkDetail }) {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const saved = toValues(network);
  const [values, setValues] = useState(saved);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const back = `/networks/${network.slug}`;

  const save = useMutation({
    mutationFn: (changes: NetworkChanges) => updateNetwork(network.id, changes),
    onSuccess: (updated) => {
      queryClient.setQueryData(networkKeys.detail(network.slug), updated);
      void queryClient.invalidateQueries({ queryKey: ['networks'] });
      announce(t.edit.saved);
      void navigate(back);
    },
    onError: (failure) => setError(failure),
  });

  const submit = () => {
    const changes = changesBetween(saved, values);
    if (Object.keys(changes).length === 0) {
      void navigate(back);
      return;
    }
    setError(null);
    save.mutate(changes);
  };

  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const label = (field: string) => (field in t.edit ? t.edit[field as keyof typeof t.edit] : field);
  const problems =
    error instanceof ApiError && error.issues.length > 0
      ? error.issues.map((issue) => {
          const field = issue.path.split('.')[0] ?? '';
          return field
            ? { fieldId: fieldId(field), message: `${label(field)}: ${issue.message}` }
            : { message: issue.message };
        })
      : error
        ? [{ message: error.message }]
        : [];

  if (!network.permissions.update) {
    return <NotFoundPage title={fill(t.edit.title, { name: network.name })} body={t.network.notFoundBody} />;
  }
  return (
    <div className="narrow">
      <p>
        <Link to={back}>← {t.edit.back}</Link>
      </p>
      <PageHeading title={fill(t.edit.title, { name: network.name })}>
        {fill(t.edit.title, { name: network.name })}
      </PageHeading>
      <ErrorSummary problems={problems} />
      <NetworkForm
        values={values}
        errors={fieldErrors}
        busy={save.isPending}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => void navigate(back)}
      />
    </div>
  );
}
