/**
 * Type-ahead over organisations and people, on the shared `Combobox` (keyboard and ARIA there):
 * picking one fills the box with its name; editing the text drops the pick. Those already in the
 * network say so ("already a member"), from the network's members matching the same text.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Combobox } from '../ui/combobox.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { organisationLabel } from './member-name.ts';
import { currentMemberIds, membershipKeys, searchCandidates } from './memberships.api.ts';

export interface Candidate {
  type: 'organisation' | 'person';
  id: string;
  name: string;
  detail: string;
  alreadyMember: boolean;
}

const MIN_CHARS = 2;
const TYPING_DELAY_MS = 250;

interface Props {
  networkId: string;
  control: ControlProps;
  selected: Candidate | null;
  onSelect(candidate: Candidate | null): void;
}

export function MemberCombobox({ networkId, control, selected, onSelect }: Props) {
  const { t, plural } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), TYPING_DELAY_MS);
  const searching = q.length >= MIN_CHARS && (!selected || selected.name !== text);

  const query = useQuery({
    queryKey: ['candidates', q],
    queryFn: ({ signal }) => searchCandidates(q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  const members = useQuery({
    queryKey: membershipKeys.matching(networkId, q),
    queryFn: ({ signal }) => currentMemberIds(networkId, q, signal),
    enabled: searching,
  });
  const isMember = (id: string) => members.data?.has(id) ?? false;
  const candidates: Candidate[] =
    searching && query.data
      ? [
          ...query.data.organisations.map((o) => ({
            type: 'organisation' as const,
            id: o.id,
            name: o.name,
            detail: [t.vocab.organisationKind[o.kind], o.municipality].filter(Boolean).join(' · '),
            alreadyMember: isMember(o.id),
          })),
          ...query.data.people.map((p) => ({
            type: 'person' as const,
            id: p.id,
            name: p.displayName,
            detail: p.organisations.map(organisationLabel).join(', '),
            alreadyMember: isMember(p.id),
          })),
        ]
      : [];

  return (
    <Combobox
      control={control}
      items={candidates}
      ready={searching && query.isSuccess && !members.isPending}
      busy={searching && (query.isFetching || members.isFetching)}
      text={text}
      onTextChange={setText}
      onSelect={onSelect}
      itemKey={(candidate) => `${candidate.type}-${candidate.id}`}
      itemText={(candidate) => candidate.name}
      renderItem={(candidate) => (
        <>
          <span className="option-type">
            {candidate.type === 'person' ? t.addMember.person : t.addMember.organisation}
          </span>{' '}
          <span className="option-name">{candidate.name}</span>
          {candidate.detail ? <span className="option-detail"> · {candidate.detail}</span> : null}
          {candidate.alreadyMember ? (
            <span className="option-tag"> · {t.membersPage.alreadyMember}</span>
          ) : null}
        </>
      )}
      texts={{
        list: t.addMember.search,
        noMatches: t.addMember.noMatches,
        searching: t.addMember.searching,
        count: (count) => plural(t.addMember.suggestions, count),
      }}
    />
  );
}
