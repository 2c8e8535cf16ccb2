// Types only from route-access.ts: it imports this inventory.
import type { AccessCase, Resource } from './route-access.js';
import { freshPractice, freshResource } from './world.js';

const NETWORKS: readonly Resource[] = ['own', 'other', 'membersOnly', 'public'];

/** The route inventory's entries for inquiry/insight.routes.ts (merged into ROUTE_ACCESS). */
export const INSIGHT_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {
  'GET /networks/{id}/what-works': [
    {
      name: 'the network’s roll-up',
      access: { who: 'network', action: 'inquiry.rollup' },
      resources: NETWORKS,
      request: ({ network }) => ({ params: { id: network.id } }),
    },
  ],
  'GET /practices/{id}/inquiry-use': [
    {
      name: 'a practice’s evidence from use',
      access: { who: 'network', action: 'practice.view' },
      resources: NETWORKS,
      request: async ({ world, network }) => ({ params: { id: (await freshPractice(world, network)).id } }),
    },
  ],
  'GET /resources/{id}/inquiry-use': [
    {
      name: 'a shared resource’s evidence from use',
      access: { who: 'network', action: 'resource.view_shared' },
      resources: NETWORKS,
      request: async ({ world, network }) => ({ params: { id: (await freshResource(world, network)).id } }),
    },
    {
      name: 'a public resource’s evidence from use',
      access: { who: 'anyone' },
      resources: ['public'],
      request: async ({ world, network }) => ({
        params: { id: (await freshResource(world, network, 'public')).id },
      }),
    },
  ],
};
