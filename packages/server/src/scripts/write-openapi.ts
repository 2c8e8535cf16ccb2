/** Writes the OpenAPI document to docs/openapi.json, where reviews see API changes (a test fails on drift). */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';

const target = fileURLToPath(new URL('../../../../docs/openapi.json', import.meta.url));
// The document is built from route declarations alone; no database is opened.
const response = await createApp({ db: {} as Database }).request('/api/openapi.json');
await writeFile(target, `${JSON.stringify(await response.json(), null, 2)}\n`);
console.log(`Wrote ${target}`);
