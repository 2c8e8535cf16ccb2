/**
 * The bank's vocabulary (`resource_words`, migration 0019): what a written resource adds to it,
 * and the migration's backfill of the resources written before it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseConnection } from '../db/database.js';
import { MIGRATIONS_FOLDER } from '../db/migrate.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { buildResource } from '../test-support/factories.js';
import { resources } from './resources.table.js';
import { resourceWords } from './words.table.js';

const RESOURCE = {
  title: 'Tertulias dialógicas 2026',
  summary: 'Leer en voz alta, y compartir.',
  body: 'Una **pequeña** guía: <https://example.org/x> y más.',
  subjects: ['Lengua'],
  tags: ['lectura-compartida'],
};
const EXPECTED = ['alta', 'compartida', 'compartir', 'dialogicas', 'guia', 'leer', 'lectura', 'lengua'];

async function wordsAmong(connection: DatabaseConnection, candidates: string[]) {
  const rows = await connection.db
    .select({ word: resourceWords.word })
    .from(resourceWords)
    .where(inArray(resourceWords.word, candidates));
  return rows.map((row) => row.word).sort();
}

describeOnEachEngine('the bank’s vocabulary', (open) => {
  let connection: DatabaseConnection;
  beforeAll(async () => {
    connection = await open();
  });
  afterAll(() => connection?.close());

  // Numbers, two-letter words, accented spellings and a link's parts stay out.
  const probe = [
    ...EXPECTED,
    'pequena',
    'tertulias',
    'una',
    'voz',
    '2026',
    'en',
    'dialógicas',
    'https',
    'org',
  ];

  it('holds each word of a resource written, folded, letters only, three letters or more', async () => {
    await buildResource(connection.db, RESOURCE);
    expect(await wordsAmong(connection, probe)).toEqual(
      [...EXPECTED, 'pequena', 'tertulias', 'una', 'voz'].sort(),
    );
  });

  it('keeps the form a word is written in, accents preferred', async () => {
    await buildResource(connection.db, { title: 'Mediacion sin acentos' });
    await buildResource(connection.db, { title: 'Mediación con acentos' });
    await buildResource(connection.db, { title: 'Mediacion otra vez' });
    const [row] = await connection.db
      .select({ form: resourceWords.form })
      .from(resourceWords)
      .where(inArray(resourceWords.word, ['mediacion']));
    expect(row?.form).toBe('mediación');
  });

  it('is filled for the resources written before it by the migration’s last statement', async () => {
    await connection.db.insert(resources).values({
      ...RESOURCE,
      title: 'Zorzales del huerto',
      language: 'es',
      licence: 'CC0-1.0',
      type: 'card',
    });
    await connection.db.delete(resourceWords);
    const migration = await readFile(join(MIGRATIONS_FOLDER, '0019_resource_words.sql'), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').at(-1)!;
    await connection.db.execute(sql.raw(backfill));
    const words = ['guia', 'huerto', 'leer', 'lengua', 'zorzales'];
    expect(await wordsAmong(connection, words)).toEqual(words);
  });
});
