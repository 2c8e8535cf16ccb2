/**
 * The Gould–Fernandez brokerage roles (brokerage.ts), in the order ties between a node's counts
 * are broken. Dependency-free, so the web app imports this list by path rather than copying it.
 */
export const BROKERAGE_ROLES = [
  'coordinator',
  'gatekeeper',
  'representative',
  'consultant',
  'liaison',
] as const;

/** One Gould–Fernandez brokerage role. */
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
