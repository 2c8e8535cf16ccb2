/**
 * The rule for a network's slug (its address, `/networks/{slug}`): the request schema, the table's
 * check constraint and the web app's suggestion all follow this one. Dependency-free, so the web
 * app imports it by path.
 */

/** Lower-case letters and digits in runs joined by single hyphens, e.g. "rural-schools-north". */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const SLUG_MIN_LENGTH = 2;
export const SLUG_MAX_LENGTH = 80;

/** Slugs the web app's own pages take: /networks/new creates a network. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['new']);
