/**
 * Migration 0016 brings expertise and needs stored as free text before the topic vocabulary to
 * the form every way in stores now (`normaliseTags`). Run again on rows written the old way, it
 * must agree with `normaliseTags` on them, and leave rows already in the new form as they are.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseConnection } from '../db/database.js';
import { MIGRATIONS_FOLDER } from '../db/migrate.js';
import { normaliseTags } from '../shared/tags.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { people } from './people.table.js';

const OLD_ROWS = [
  {
    expertise: ['Lectura', ' evaluación  formativa ', 'Robótica con Arduino'],
    needs: ['READING', 'lectura'],
  },
  { expertise: ['mediacion escolar', 'Mediación Escolar', 'huerto escolar', 'Huerto Escolar'], needs: [] },
  { expertise: [], needs: ['  ', 'Formative assessment', 'evaluacion formativa', 'inclusion'] },
];

async function runMigration(connection: DatabaseConnection) {
  const text = await readFile(join(MIGRATIONS_FOLDER, '0016_people_tags_to_topics.sql'), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) {
    await connection.db.execute(sql.raw(statement));
  }
}

describeOnEachEngine('migration 0016: people’s tags to topic keys', (open) => {
  let connection: DatabaseConnection;
  beforeAll(async () => {
    connection = await open();
  });
  afterAll(() => connection?.close());

  it('stores what normaliseTags would, keeping free tags as typed and the first of repeats', async () => {
    const ids: string[] = [];
    for (const [index, row] of OLD_ROWS.entries()) {
      const [person] = await connection.db
        .insert(people)
        .values({ displayName: `Old tags ${index}`, kinds: ['teacher'], ...row })
        .returning({ id: people.id });
      ids.push(person!.id);
    }
    await runMigration(connection);
    for (const [index, id] of ids.entries()) {
      const [stored] = await connection.db
        .select({ expertise: people.expertise, needs: people.needs })
        .from(people)
        .where(eq(people.id, id));
      expect(stored).toEqual({
        expertise: normaliseTags(OLD_ROWS[index]!.expertise),
        needs: normaliseTags(OLD_ROWS[index]!.needs),
      });
    }
    expect(normaliseTags(OLD_ROWS[0]!.expertise)).toEqual([
      'reading',
      'formative-assessment',
      'Robótica con Arduino',
    ]);
  });

  it('leaves tags already stored as keys untouched', async () => {
    const tags = normaliseTags(['lectura', 'Coeducación', 'Club de ajedrez']);
    const [person] = await connection.db
      .insert(people)
      .values({ displayName: 'New tags', kinds: ['teacher'], expertise: tags, needs: tags })
      .returning({ id: people.id });
    await runMigration(connection);
    const [stored] = await connection.db.select().from(people).where(eq(people.id, person!.id));
    expect(stored).toMatchObject({ expertise: tags, needs: tags });
  });
});
