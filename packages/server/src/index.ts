/** The Trellis server as a library: what the command line and the benchmarks use. */
export { createApp, DEFAULT_WEB_ROOT, OPENAPI_INFO, type App, type AppOptions } from './app.js';
export { readConfig, type Config } from './config.js';
export type { Database, DatabaseConnection, EngineKind } from './db/database.js';
export { DataFolderLockedError } from './db/data-folder-lock.js';
export { openDatabase, redactPassword, type OpenOptions } from './db/open.js';
export { startServer, type RunningServer } from './server.js';
export { describeDatabaseError } from './shared/database-error.js';
export {
  IMPORT_KINDS,
  ImportError,
  ImportFailedError,
  importCsv,
  type ImportIssue,
  type ImportKind,
  type ImportResult,
} from './import/import.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo/accounts.js';
export {
  buildDemoRegion,
  clearAllData,
  generateDemoRegion,
  isDatabaseEmpty,
  type DemoOptions,
} from './demo/build-demo-region.js';
export { EXPORT_FORMATS, exportNetworkGraph, type ExportFormat } from './analytics/export.js';
export { findNetwork } from './networks/networks.queries.js';
export { exportResourcesCsv } from './resources/resources.export.js';
export { ANALYSIS_LEVELS, RELATION_TYPES } from './shared/vocabulary.js';
