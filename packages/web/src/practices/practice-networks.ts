/** The networks a person may record a practice in: those they take part in (observers do not). */
import type { PersonDetail } from '../api/types.ts';

export interface RecordableNetwork {
  id: string;
  slug: string;
  name: string;
}

/** Each network once, by name, where the person's role is not observer (the server's rule). */
export function recordableNetworks(person: PersonDetail | undefined): RecordableNetwork[] {
  const byId = new Map<string, RecordableNetwork>();
  for (const { network, role } of person?.networks ?? [])
    if (role !== 'observer') byId.set(network.id, network);
  return [...byId.values()].toSorted((a, b) => a.name.localeCompare(b.name));
}
