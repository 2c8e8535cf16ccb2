import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../app.js';
import type { DatabaseConnection } from '../db/database.js';
import type { OpenTestDatabase } from './engines.js';
import { TestClient } from './http-client.js';

/** A fresh database and app for one test file; `client()` makes a browser-like client. */
export function useTestApp(open: OpenTestDatabase) {
  const context = {} as { connection: DatabaseConnection; app: App };
  beforeAll(async () => {
    context.connection = await open();
    context.app = createApp({ db: context.connection.db });
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
