import { afterAll, beforeAll } from 'vitest';
import { createApp, type App, type AppOptions } from '../app.js';
import type { DatabaseConnection } from '../db/database.js';
import type { OpenTestDatabase } from './engines.js';
import { TestClient } from './http-client.js';
import { testAttachmentStorage } from './attachment-storage.js';

/**
 * A fresh database and app for one test file; `client()` makes a browser-like client. `options`,
 * read when the app is made (after the file's earlier `beforeAll`s), sets anything but the database.
 */
export function useTestApp(open: OpenTestDatabase, options: () => Omit<AppOptions, 'db'> = () => ({})) {
  const context = {} as { connection: DatabaseConnection; app: App };
  beforeAll(async () => {
    context.connection = await open();
    context.app = createApp({
      attachments: testAttachmentStorage(),
      ...options(),
      db: context.connection.db,
    });
  });
  afterAll(async () => {
    await context.connection?.close();
  });
  return {
    get db() {
      return context.connection.db;
    },
    get app() {
      return context.app;
    },
    client: () => new TestClient(context.app),
  };
}
