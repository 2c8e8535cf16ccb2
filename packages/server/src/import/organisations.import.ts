import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { organisations } from '../organisations/organisations.table.js';
import { ImportError } from './import-error.js';
import { chunks, organisationIdsByCode, present } from './lookups.js';
import { duplicateKeys, type ValidRow } from './validate.js';

type Row = ValidRow<'organisations'>;

const toValues = ({ data }: Row) => ({
  name: data.name,
  kind: data.kind,
  country: data.country,
  region: data.region,
  municipality: data.municipality,
  stages: data.stages,
  sector: data.sector,
  rural: data.rural,
  disadvantaged: data.disadvantaged,
  sizeBand: data.size_band,
  nationalCode: data.national_code,
});

/** Organisations: updated when their national code is already known, created otherwise. */
export async function importOrganisations(db: Executor, rows: Row[]) {
  const issues = duplicateKeys(rows, (row) => (row as Row).data.national_code, 'national_code', 'national code');
  if (issues.length > 0) throw new ImportError(issues);

  const existing = await organisationIdsByCode(db, rows.map((row) => row.data.national_code).filter(present));
  const toCreate: ReturnType<typeof toValues>[] = [];
  let updated = 0;
  for (const row of rows) {
    const id = row.data.national_code ? existing.get(row.data.national_code) : undefined;
    if (id) {
      await db.update(organisations).set({ ...toValues(row), updatedAt: sql`now()` }).where(eq(organisations.id, id));
      updated++;
    } else toCreate.push(toValues(row));
  }
  for (const slice of chunks(toCreate, 500)) await db.insert(organisations).values(slice);
  return { created: toCreate.length, updated };
}
