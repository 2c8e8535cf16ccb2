// Dependency-free: the web app imports it by path (a value, so nothing else may come with it).
/**
 * Why a provider's sign-in opened no session (the callback sends the browser to
 * `/sign-in?oidc=<reason>`, and the page explains it in the reader's language).
 */
export const OIDC_REFUSALS = ['failed', 'expired', 'no-email', 'unverified-email', 'unknown-email'] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];
