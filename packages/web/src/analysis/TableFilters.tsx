/** The node table's filters: isolates or single points of failure, brokerage role, community, membership. */
import type { ChangeEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import type { NodeQuery } from './analysis.api.ts';
import { BROKERAGE_ROLES } from './analysis.types.ts';
import type { ParamChanges } from './selection.ts';

interface Props {
  query: NodeQuery;
  communityCount: number;
  onChange: (changes: ParamChanges) => void;
  onClear: () => void;
}

const showValue = (query: NodeQuery) => (query.isolate ? 'isolates' : query.cutPoint ? 'cutPoints' : '');

export function TableFilters({ query, communityCount, onChange, onClear }: Props) {
  const { t, fill } = useI18n();
  const texts = t.analysis.table;
  const pick = (build: (value: string) => ParamChanges) => (event: ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...build(event.target.value), page: null });
  return (
    <fieldset className="filters table-filters">
      <legend>{texts.filters}</legend>
      <Field id="table-show" label={texts.show}>
        {(control) => (
          <select
            {...control}
            value={showValue(query)}
            onChange={pick((value) => ({
              isolate: value === 'isolates' ? true : null,
              cutPoint: value === 'cutPoints' ? true : null,
            }))}
          >
            <option value="">{texts.everyone}</option>
            <option value="isolates">{texts.isolatesOnly}</option>
            <option value="cutPoints">{texts.cutPointsOnly}</option>
          </select>
        )}
      </Field>
      <Field id="table-role" label={texts.role}>
        {(control) => (
          <select
            {...control}
            value={query.brokerageRole ?? ''}
            onChange={pick((role) => ({ role: role || null }))}
          >
            <option value="">{texts.anyRole}</option>
            {BROKERAGE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t.analysis.roles[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="table-community" label={texts.community}>
        {(control) => (
          <select
            {...control}
            value={query.community ?? ''}
            onChange={pick((community) => ({ community: community || null }))}
          >
            <option value="">{texts.anyCommunity}</option>
            {Array.from({ length: communityCount }, (_, code) => (
              <option key={code} value={code}>
                {fill(t.analysis.map.community, { number: code + 1 })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="table-membership" label={texts.membership}>
        {(control) => (
          <select
            {...control}
            value={query.inNetwork === undefined ? '' : String(query.inNetwork)}
            onChange={pick((value) => ({ inNetwork: value || null }))}
          >
            <option value="">{texts.inAndOut}</option>
            <option value="true">{texts.inside}</option>
            <option value="false">{texts.outsideOnly}</option>
          </select>
        )}
      </Field>
      <button type="button" className="button-quiet" onClick={onClear}>
        {texts.clear}
      </button>
    </fieldset>
  );
}
