/** Reads ROSTER.csv (`person,organisation`, optional `role`) and PAIRS.csv (`a,b`, optional `weight`). */
import type { AvoidPair, Participant } from '../population.js';
import { JigsawDataError, readRows } from './csv.js';

/** A decimal number, as a spreadsheet writes it: Number() alone would also take "0x10" and "Infinity". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The participants of a roster file; `file` is its path, for the messages. */
export function readRoster(file: string, text: string): Participant[] {
  const rows = readRows(file, text, {
    known: ['person', 'organisation', 'role'],
    required: ['person', 'organisation'],
    example: 'person,organisation,role',
  });
  const lineOf = new Map<string, number>();
  return rows.map(({ line, field, where }) => {
    const id = field('person')!;
    if (id === '') throw new JigsawDataError(`${where('person')}: the person is empty`);
    const before = lineOf.get(id);
    if (before !== undefined)
      throw new JigsawDataError(`${where('person')}: "${id}" is already on line ${before}`);
    lineOf.set(id, line);
    const organisation = field('organisation')!;
    if (organisation === '') throw new JigsawDataError(`${where('organisation')}: the organisation is empty`);
    const role = field('role');
    return role ? { id, organisation, role } : { id, organisation };
  });
}

/** The avoided pairs of a pairs file, each person checked against `people` (the roster's ids). */
export function readPairs(file: string, text: string, people: ReadonlySet<string>): AvoidPair[] {
  const rows = readRows(file, text, {
    known: ['a', 'b', 'weight'],
    required: ['a', 'b'],
    example: 'a,b,weight',
  });
  return rows.map(({ field, where }) => {
    const [a, b] = (['a', 'b'] as const).map((column) => {
      const id = field(column)!;
      if (!people.has(id)) throw new JigsawDataError(`${where(column)}: "${id}" is not in the roster`);
      return id;
    }) as [string, string];
    if (a === b) throw new JigsawDataError(`${where('b')}: "${b}" is paired with themself`);
    const text = field('weight');
    if (text === undefined || text === '') return { a, b };
    const weight = Number(text);
    if (!DECIMAL.test(text) || !Number.isFinite(weight) || weight <= 0)
      throw new JigsawDataError(`${where('weight')}: "${text}" is not a number above 0`);
    return { a, b, weight };
  });
}
