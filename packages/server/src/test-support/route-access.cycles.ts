import type { AccessCase } from './route-access.js';

/** The route inventory's entries for inquiry/cycles.routes.ts (merged into ROUTE_ACCESS). */
export const CYCLES_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {};
