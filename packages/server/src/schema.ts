/** The database schema, declared once per domain folder and gathered here for drizzle-kit and the demo's `clearAllData`. */
export * from './accounts/accounts.table.js';
export * from './accounts/oidc.table.js';
export * from './accounts/account-links.table.js';
export * from './audit/audit.table.js';
export * from './memberships/memberships.table.js';
export * from './networks/networks.table.js';
export * from './organisations/organisations.table.js';
export * from './people/people.table.js';
export * from './surveys/surveys.table.js';
export * from './ties/ties.table.js';
export * from './analytics/analyses.table.js';
export * from './analytics/analysis-settings.table.js';
export * from './mail/mail.table.js';
export * from './introductions/introductions.table.js';
export * from './resources/resources.table.js';
export * from './practices/practices.table.js';
export * from './collections/collections.table.js';
