import type { AccessCase } from './route-access.js';

/** The route inventory's entries for inquiry/inquiries.routes.ts (merged into ROUTE_ACCESS). */
export const INQUIRIES_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {};
