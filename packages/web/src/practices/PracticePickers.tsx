/**
 * The practice editor's two type-aheads, on the app's one combobox (ui/combobox.tsx): the school
 * it comes from (any organisation, GET /organisations?q=) and the resources that carry it, picked
 * one by one from the bank's search (GET /resources?q=), kept in order and removable.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrganisationSummary, ResourceHit } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { searchOrganisations } from '../memberships/memberships.api.ts';
import { searchResources, type ResourceFilters } from '../resources/resources.api.ts';
import { Combobox } from '../ui/combobox.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { useTypeAhead } from '../ui/use-type-ahead.ts';

export interface Picked {
  id: string;
  name: string;
}

interface SchoolProps {
  control: ControlProps;
  school: Picked | null;
  onChange(school: Picked | null): void;
}

/** Type two letters, pick an organisation; editing the text drops the pick until one is chosen again. */
export function SchoolCombobox({ control, school, onChange }: SchoolProps) {
  const { t, plural } = useI18n();
  const p = t.practices;
  const [text, setText] = useState(school?.name ?? '');
  const q = useDebounced(text.trim(), 250);
  const searching = q.length >= 2 && school?.name !== text;
  const query = useQuery({
    queryKey: ['organisations', 'search', q],
    queryFn: ({ signal }) => searchOrganisations(q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  return (
    <Combobox<OrganisationSummary>
      control={control}
      items={searching ? (query.data ?? []) : []}
      ready={searching && query.isSuccess}
      busy={searching && query.isFetching}
      text={text}
      onTextChange={(value) => {
        setText(value);
        if (school && value !== school.name) onChange(null);
      }}
      onSelect={(organisation) => {
        if (!organisation) return;
        setText(organisation.name);
        onChange({ id: organisation.id, name: organisation.name });
      }}
      itemKey={(organisation) => organisation.id}
      itemText={(organisation) => organisation.name}
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
        list: p.schoolList,
        noMatches: p.schoolNoMatches,
        searching: p.searching,
        count: (count) => plural(p.suggestions, count),
      }}
    />
  );
}

/** A bank search by words alone: the bank's own filters stay open. */
const wordsOnly = (q: string): ResourceFilters => ({
  q,
  type: [],
  stage: [],
  licence: [],
  language: '',
  subject: '',
  network: '',
  mine: false,
});

interface ResourceProps {
  control: ControlProps;
  resources: Picked[];
  max: number;
  onChange(resources: Picked[]): void;
}

/** The chosen resources as a list with a Remove button each, and a type-ahead that adds one. */
export function ResourcePicker({ control, resources, max, onChange }: ResourceProps) {
  const { t, plural } = useI18n();
  const p = t.practices;
  const { results, combobox } = useTypeAhead({
    key: (q) => ['resources', 'search', wordsOnly(q), 'picker'],
    search: (q, signal) => searchResources(wordsOnly(q), null, signal).then((page) => page.items),
  });
  const chosen = new Set(resources.map((resource) => resource.id));
  const items = results.filter((hit) => !chosen.has(hit.id));
  return (
    <>
      {resources.length > 0 ? (
        <ol className="picked-list" aria-label={p.chosenResources}>
          {resources.map((resource) => (
            <li key={resource.id}>
              <span>{resource.name}</span>
              <button
                type="button"
                className="button-quiet"
                onClick={() => onChange(resources.filter((other) => other.id !== resource.id))}
              >
                {p.remove}
                <span className="visually-hidden"> {resource.name}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <Combobox<ResourceHit>
        control={control}
        items={items}
        {...combobox}
        onSelect={(hit) => {
          if (hit && !chosen.has(hit.id)) onChange([...resources, { id: hit.id, name: hit.title }]);
        }}
        itemKey={(hit) => hit.id}
        itemText={(hit) => hit.title}
        renderItem={(hit) => (
          <>
            <span className="option-name" lang={hit.language}>
              {hit.title}
            </span>
            {/* Titles repeat across networks (adaptations keep theirs): the network tells them apart. */}
            <span className="option-detail">
              {' · '}
              {[t.resources.vocab.type[hit.type], hit.network?.name].filter(Boolean).join(' · ')}
            </span>
          </>
        )}
        clearOnPick
        enterNeverSubmits
        disabled={resources.length >= max}
        texts={{
          list: p.resourceList,
          noMatches: p.resourceNoMatches,
          searching: p.searching,
          count: (count) => plural(p.suggestions, count),
        }}
      />
    </>
  );
}
