/**
 * "Part of": the networks a network belongs to, as checkboxes. The choices are every network the
 * visitor may see except the network itself. Cycles (choosing a network that is already below
 * this one) are the API's to refuse; its error is shown on this fieldset like any other.
 */
import { useQuery } from '@tanstack/react-query';
import type { NetworkRef } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { Fieldset } from '../ui/fields.tsx';
import { listParentChoices, networkKeys } from '../api/networks.api.ts';

interface Props {
  id: string;
  /** The network being edited (left out of the choices); none when creating one. */
  networkId?: string | undefined;
  /** Its saved parents: kept as choices even if the list leaves them out (e.g. members-only ones). */
  savedParents: readonly NetworkRef[];
  selected: readonly string[];
  error?: string | undefined;
  onChange(parentIds: string[]): void;
}

export function ParentNetworksFieldset({ id, networkId, savedParents, selected, error, onChange }: Props) {
  const { t, locale } = useI18n();
  const query = useQuery({
    queryKey: networkKeys.parentChoices,
    queryFn: ({ signal }) => listParentChoices(signal),
  });
  const choices = parentChoices(query.data ?? [], savedParents, networkId, locale);
  // Kept sorted so that ticking and unticking the same boxes does not count as a change.
  const toggle = (parentId: string, on: boolean) =>
    onChange(
      (on ? [...selected, parentId] : selected.filter((selectedId) => selectedId !== parentId)).toSorted(),
    );

  return (
    <Fieldset id={id} legend={t.edit.parentIds} hint={t.edit.parentsHint} error={error} columns>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && choices.length === 0 ? <p>{t.edit.noParentChoices}</p> : null}
      {choices.map((network) => (
        <label key={network.id} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(network.id)}
            onChange={(e) => toggle(network.id, e.target.checked)}
          />
          {network.name}
        </label>
      ))}
    </Fieldset>
  );
}

/** The visible networks and the saved parents, once each, without the network itself, by name. */
function parentChoices(
  visible: readonly NetworkRef[],
  savedParents: readonly NetworkRef[],
  networkId: string | undefined,
  locale: string,
): NetworkRef[] {
  const byId = new Map([...visible, ...savedParents].map((network) => [network.id, network]));
  byId.delete(networkId ?? '');
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}
