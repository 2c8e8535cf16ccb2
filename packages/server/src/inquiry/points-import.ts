/**
 * Importing a measure's points from a CSV file: `school_code,period,value` or
 * `school_code,period,numerator,denominator`, optionally `note`. Every row is checked first and
 * every problem reported by line and column (up to MAX_PROBLEMS); only a clean file is written,
 * in one transaction. Data stays school-level: a column that is not one of these is refused, and
 * one that looks like per-pupil data, or two rows for one school and period, say so.
 */
import type { Principal } from '../authz/policy.js';
import type { Database } from '../db/database.js';
import { parseCsv } from '../import/csv.js';
import { decodeImportFile } from '../import/encoding.js';
import { ImportError, type ImportIssue } from '../import/import-error.js';
import { ApiError } from '../shared/errors.js';
import type { Text } from '../shared/text.js';
import { loadMeasureFor } from './measures.service.js';
import type { PointInputValue } from './measures.schema.js';
import { measureTexts as texts, missingColumns, perPupilColumn, unknownColumn } from './measures.texts.js';
import { pointProblems, storePoints, teamSchools } from './points.service.js';

/** More problems than this and the rest are left for the next attempt. */
export const MAX_PROBLEMS = 20;

/**
 * Words of column names that mean one row per child (English, Spanish): names, birth dates,
 * identity numbers (NIA, DNI, NIE), sex. Compared with each word of the column name, accents dropped.
 */
const PER_PUPIL_WORDS = [
  'pupil',
  'pupils',
  'student',
  'students',
  'child',
  'children',
  'alumno',
  'alumna',
  'alumnos',
  'alumnado',
  'estudiante',
  'nino',
  'nina',
  'name',
  'names',
  'firstname',
  'surname',
  'lastname',
  'nombre',
  'apellido',
  'apellidos',
  'birth',
  'birthday',
  'birthdate',
  'dob',
  'nacimiento',
  'age',
  'edad',
  'nia',
  'dni',
  'nie',
  'gender',
  'sex',
  'sexo',
  'genero',
  'email',
  'correo',
  'phone',
  'telefono',
  'address',
  'direccion',
];

const words = (column: string) =>
  column
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Does a column name look like it holds something about one pupil? (`school_name` does not.) */
export function looksPerPupil(column: string): boolean {
  const list = words(column);
  if (list.some((word) => ['school', 'centre', 'center', 'centro', 'colegio'].includes(word))) return false;
  return list.some((word) => PER_PUPIL_WORDS.includes(word) || /^(pupil|student|alumn|estudiant)/.test(word));
}

const PERIOD = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `YYYY-MM-DD` or `YYYY-MM` (its first day) as an ISO date, or null when it is neither or no real day. */
export function periodOf(cell: string): string | null {
  const match = PERIOD.exec(cell);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3] ?? '01'}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const COUNT = /^\d+$/;

/** Imports the file's points into the measure; answers how many were added and replaced. */
export async function importPoints(db: Database, principal: Principal, measureId: string, bytes: Uint8Array) {
  try {
    return await db.transaction(async (tx) => {
      const { measure } = await loadMeasureFor(tx, principal, 'inquiry.edit', measureId);
      const table = parseCsv(decodeImportFile(bytes));
      const wanted =
        measure.type === 'value'
          ? ['school_code', 'period', 'value']
          : ['school_code', 'period', 'numerator', 'denominator'];
      const headerIssues: ImportIssue[] = [];
      for (const column of table.header) {
        if (wanted.includes(column) || column === 'note') continue;
        headerIssues.push({
          row: 1,
          column,
          message: looksPerPupil(column) ? perPupilColumn(column) : unknownColumn(column, measure.type),
        });
      }
      const missing = wanted.filter((column) => !table.header.includes(column));
      if (missing.length > 0) headerIssues.push({ row: 1, message: missingColumns(missing, measure.type) });
      if (headerIssues.length > 0) throw new ImportError(headerIssues);
      if (table.rows.length === 0 && table.issues.length === 0)
        throw new ImportError([{ row: 2, message: texts.noRows }]);

      const schools = await teamSchools(tx, measure.inquiryId);
      const byCode = new Map(
        schools.flatMap((school) => (school.code ? [[school.code.toLowerCase(), school.id]] : [])),
      );
      const schoolIds = new Set(schools.map((school) => school.id));
      const issues: ImportIssue[] = [...table.issues];
      const points: PointInputValue[] = [];
      const firstLine = new Map<string, number>();
      for (const { line, values } of table.rows) {
        const problems: ImportIssue[] = [];
        const at = (column: string, message: Text) => problems.push({ row: line, column, message });
        const cell = (column: string) => values[column] ?? '';
        const schoolId = byCode.get(cell('school_code').toLowerCase());
        if (cell('school_code') === '') at('school_code', texts.required);
        else if (!schoolId) at('school_code', texts.unknownSchoolCode);
        const period = periodOf(cell('period'));
        if (cell('period') === '') at('period', texts.required);
        else if (!period) at('period', texts.notAPeriod);
        const number = (column: string, pattern: RegExp, message: Text) => {
          const text = cell(column);
          if (text === '') return void at(column, texts.required);
          const parsed = Number(text);
          if (!pattern.test(text) || !Number.isFinite(parsed)) return void at(column, message);
          return parsed;
        };
        const point: PointInputValue = { schoolId: schoolId ?? '', period: period ?? '' };
        if (measure.type === 'value') point.value = number('value', NUMBER, texts.notANumber);
        else {
          point.numerator = number('numerator', COUNT, texts.notACount);
          const denominator = number('denominator', COUNT, texts.notADenominator);
          if (denominator === 0) at('denominator', texts.notADenominator);
          else point.denominator = denominator;
        }
        const note = cell('note');
        if (note.length > 500) at('note', texts.noteTooLong);
        else if (note) point.note = note;
        if (problems.length === 0) {
          for (const problem of pointProblems(measure, point, schoolIds)) {
            const column = problem.field === 'schoolId' ? 'school_code' : problem.field;
            at(column, problem.message);
          }
        }
        if (schoolId && period) {
          const key = `${schoolId} ${period}`;
          if (firstLine.has(key)) at('period', texts.duplicateRow);
          else firstLine.set(key, line);
        }
        issues.push(...problems);
        if (problems.length === 0) points.push(point);
      }
      if (issues.length > 0) throw new ImportError(issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
      return storePoints(tx, principal, measure, points, 'import');
    });
  } catch (error) {
    if (error instanceof ImportError) throw refusedFile(error.issues);
    throw error;
  }
}

const where = (issue: ImportIssue): Text => {
  if (issue.row === undefined) return { en: '', es: '' };
  if (issue.column === undefined) return { en: `Line ${issue.row}: `, es: `Línea ${issue.row}: ` };
  return {
    en: `Line ${issue.row}, column ${issue.column}: `,
    es: `Línea ${issue.row}, columna ${issue.column}: `,
  };
};

/** A 400 listing the first MAX_PROBLEMS problems by line and column, in both languages. */
function refusedFile(problems: ImportIssue[]) {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const rows = shown.map((problem) => ({
    row: problem.row ?? null,
    column: problem.column ?? null,
    message: problem.message,
  }));
  if (problems.length > MAX_PROBLEMS) rows.push({ row: null, column: null, message: texts.moreProblems });
  return new ApiError('VALIDATION_FAILED', texts.refused, {
    issues: shown.map((problem) => {
      const place = where(problem);
      return {
        path: 'csv',
        message: { en: place.en + problem.message.en, es: place.es + problem.message.es },
      };
    }),
    rows,
  });
}
