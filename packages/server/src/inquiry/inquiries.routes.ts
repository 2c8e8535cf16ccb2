import { createRouter } from '../routing/app-env.js';

/** Placeholder until this part of issue 13 lands: no routes yet. */
export function inquiryRoutes() {
  return createRouter();
}
