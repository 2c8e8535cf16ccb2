import type { AccessCase } from './route-access.js';

/** The route inventory's entries for inquiry/insight.routes.ts (merged into ROUTE_ACCESS). */
export const INSIGHT_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {};
