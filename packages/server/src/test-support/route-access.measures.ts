import type { AccessCase } from './route-access.js';

/** The route inventory's entries for inquiry/measures.routes.ts (merged into ROUTE_ACCESS). */
export const MEASURES_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {};
