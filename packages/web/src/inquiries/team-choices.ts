/** The schools (member organisations) of a network, from which an inquiry's team schools are chosen. */
import { useQuery } from '@tanstack/react-query';
import { listMemberships } from '../memberships/memberships.api.ts';

export interface Choice {
  id: string;
  name: string;
}

// One page of a network's members is enough for a team's schools (the schema's limit is 30).
const CHOICES = 100;

/** The network's member organisations, offered as the team's schools (people are searched by name). */
export function useTeamChoices(networkId: string) {
  const schools = useQuery({
    queryKey: ['networks', networkId, 'memberships', 'organisations'],
    queryFn: ({ signal }) => listMemberships(networkId, null, signal, { type: 'organisation' }, CHOICES),
    enabled: Boolean(networkId),
  });
  const schoolChoices: Choice[] = (schools.data?.items ?? []).flatMap(({ member }) =>
    member.type === 'organisation' ? [{ id: member.id, name: member.name }] : [],
  );
  return { schools: schoolChoices, queries: [schools] as const };
}
