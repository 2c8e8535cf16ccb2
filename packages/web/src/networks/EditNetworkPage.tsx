/** Edit a network (its coordinators and committee); only changed fields are sent. */
import { NetworkRoute } from '../ui/network-route.tsx';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { NetworkChanges, NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { networkFormErrors } from './form-errors.ts';
import { NetworkForm, type NetworkFormValues } from './NetworkForm.tsx';
import { networkKeys, updateNetwork } from '../api/networks.api.ts';

const toValues = (network: NetworkDetail): NetworkFormValues => ({
  name: network.name,
  purpose: network.purpose,
  purposeEs: network.purposeEs,
  goal: network.goal,
  goalEs: network.goalEs,
  kind: network.kind,
  level: network.level,
  scopes: network.scopes,
  approach: network.approach,
  status: network.status,
  visibility: network.visibility,
  country: network.country ?? '',
  region: network.region ?? '',
  municipality: network.municipality ?? '',
  // Sorted, as the form keeps them, so that only a real change of parents is sent.
  parentIds: network.parents.map((parent) => parent.id).toSorted(),
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
  return (
    <NetworkRoute title={(network) => network.name}>
      {/* Keyed by the saved version so a refetch after saving starts the form afresh. */}
      {(network) => <EditNetwork key={network.updatedAt} network={network} />}
    </NetworkRoute>
  );
}

function EditNetwork({ network }: { network: NetworkDetail }) {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const saved = toValues(network);
  const [values, setValues] = useState(saved);
  const [error, setError] = useState<Error | null>(null);
  const back = `/networks/${network.slug}`;

  const save = useMutation({
    mutationFn: (changes: NetworkChanges) => updateNetwork(network.id, changes),
    onSuccess: (updated, changes) => {
      queryClient.setQueryData(networkKeys.detail(network.slug), updated);
      void queryClient.invalidateQueries({ queryKey: ['networks'] });
      // The networks gained or lost as parents now list this one among their children, or not.
      if (changes.parentIds) {
        void queryClient.invalidateQueries({
          predicate: ({ queryKey }) => queryKey[0] === 'network' && queryKey[1] !== network.slug,
        });
      }
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

  const { byField, problems } = networkFormErrors(error, t);

  if (!network.permissions.update) {
    // The network exists and the reader may see it: say what they may not do, and lead back to it.
    return (
      <div className="narrow">
        <PageHeading title={t.networkPages.mayNotEdit}>{t.networkPages.mayNotEdit}</PageHeading>
        <p>{t.networkPages.mayNotEditBody}</p>
        <p>
          <Link to={back}>{fill(t.networkPages.backToNetwork, { name: network.name })}</Link>
        </p>
      </div>
    );
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
        errors={byField}
        busy={save.isPending}
        networkId={network.id}
        savedParents={network.parents}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => void navigate(back)}
      />
    </div>
  );
}
