/** The schools (member organisations) and people of a network, from which an inquiry's team is chosen. */
import { useQuery } from '@tanstack/react-query';
import { listMemberships } from '../memberships/memberships.api.ts';

export interface Choice {
  id: string;
  name: string;
}

// One page of a network's members is enough for a team's choices (the schema's limits are 30 and 60).
const CHOICES = 100;

export function useTeamChoices(networkId: string) {
  const schools = useQuery({
    queryKey: ['networks', networkId, 'memberships', 'organisations'],
    queryFn: ({ signal }) => listMemberships(networkId, null, signal, { type: 'organisation' }, CHOICES),
    enabled: Boolean(networkId),
  });
  const people = useQuery({
    queryKey: ['networks', networkId, 'memberships', 'people'],
    queryFn: ({ signal }) => listMemberships(networkId, null, signal, { type: 'person' }, CHOICES),
    enabled: Boolean(networkId),
  });
  const schoolChoices: Choice[] = (schools.data?.items ?? []).flatMap(({ member }) =>
    member.type === 'organisation' ? [{ id: member.id, name: member.name }] : [],
  );
  const peopleChoices: Choice[] = (people.data?.items ?? []).flatMap(({ member }) =>
    member.type === 'person' ? [{ id: member.id, name: member.displayName }] : [],
  );
  return { schools: schoolChoices, people: peopleChoices, queries: [schools, people] as const };
}
