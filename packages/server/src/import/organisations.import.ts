import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { organisations } from '../organisations/organisations.table.js';
import type { ImportIssue } from './import-error.js';
import { schoolsOnly } from './import.texts.js';
import { chunks, organisationIdsByCode, pickColumns, present } from './lookups.js';
import { duplicateKeys, rejectIfAny, type CheckedFile, type ValidRow } from './validate.js';

type Row = ValidRow<'organisations'>;

/** Each CSV column and the table field it fills. */
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
  size_band: data.size_band,
  national_code: data.national_code,
});

const toFields = (values: Partial<ReturnType<typeof toValues>>) => {
  const { size_band: sizeBand, national_code: nationalCode, ...rest } = values;
  return {
    ...rest,
    ...(sizeBand !== undefined && { sizeBand }),
    ...(nationalCode !== undefined && { nationalCode }),
  };
};

/** Organisations: updated when their national code is already known, created otherwise. */
export async function importOrganisations(db: Executor, file: CheckedFile<'organisations'>) {
  const { rows, columns } = file;
  rejectIfAny(
    file.issues,
    rows.flatMap(schoolOnlyIssues),
    duplicateKeys(rows, (row) => row.data.national_code, 'national_code', 'nationalCode'),
  );

  const existing = await organisationIdsByCode(db, rows.map((row) => row.data.national_code).filter(present));
  const toCreate: ReturnType<typeof toFields>[] = [];
  let updated = 0;
  for (const row of rows) {
    const id = row.data.national_code ? existing.get(row.data.national_code) : undefined;
    if (id) {
      // Columns the file leaves out keep their values; an empty cell in a given column clears it.
      const values = toFields(pickColumns(toValues(row), columns));
      await db
        .update(organisations)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(organisations.id, id));
      updated++;
    } else toCreate.push(toFields(toValues(row)));
  }
  for (const slice of chunks(toCreate, 500))
    await db.insert(organisations).values(slice as (typeof organisations.$inferInsert)[]);
  return { created: toCreate.length, updated };
}

/** Stages, sector, size band and the rural and disadvantaged flags describe schools only. */
function schoolOnlyIssues({ line, data }: Row): ImportIssue[] {
  if (data.kind === 'school') return [];
  const given = [
    data.stages.length > 0 && 'stages',
    data.sector !== null && 'sector',
    data.size_band !== null && 'size_band',
    data.rural !== null && 'rural',
    data.disadvantaged !== null && 'disadvantaged',
  ].filter((column): column is string => column !== false);
  return given.map((column) => ({
    row: line,
    column,
    message: schoolsOnly(column, data.kind),
  }));
}
