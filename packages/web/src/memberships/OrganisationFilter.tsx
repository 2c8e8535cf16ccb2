/** The members page's organisation filter: a type-ahead over organisations, each with its municipality. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrganisationSummary } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Combobox } from '../ui/combobox.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { searchOrganisations } from './memberships.api.ts';

export interface ChosenOrganisation {
  id: string;
  name: string;
}

interface Props {
  control: ControlProps;
  initialText: string;
  onSelect(organisation: ChosenOrganisation | null): void;
}

export function OrganisationFilter({ control, initialText, onSelect }: Props) {
  const { t, plural } = useI18n();
  const [text, setText] = useState(initialText);
  const [picked, setPicked] = useState<string | null>(initialText || null);
  const q = useDebounced(text.trim(), 250);
  const searching = q.length >= 2 && picked !== text;
  const query = useQuery({
    queryKey: ['organisations', 'search', q],
    queryFn: ({ signal }) => searchOrganisations(q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  const label = (organisation: OrganisationSummary) =>
    organisation.municipality ? `${organisation.name} (${organisation.municipality})` : organisation.name;
  return (
    <Combobox
      control={control}
      items={searching ? (query.data ?? []) : []}
      ready={searching && query.isSuccess}
      busy={searching && query.isFetching}
      text={text}
      onTextChange={(value) => {
        setText(value);
        if (value.trim() === '') onSelect(null);
      }}
      onSelect={(organisation) => {
        if (!organisation) return;
        setPicked(label(organisation));
        onSelect({ id: organisation.id, name: label(organisation) });
      }}
      itemKey={(organisation) => organisation.id}
      itemText={label}
      renderItem={(organisation) => (
        <>
          <span className="option-name">{organisation.name}</span>
          <span className="option-detail">
            {' · '}
            {[t.vocab.organisationKind[organisation.kind], organisation.municipality]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </>
      )}
      enterNeverSubmits
      texts={{
        list: t.membersPage.organisation,
        noMatches: t.membersPage.organisationNoMatches,
        searching: t.addMember.searching,
        count: (count) => plural(t.addMember.suggestions, count),
      }}
    />
  );
}
