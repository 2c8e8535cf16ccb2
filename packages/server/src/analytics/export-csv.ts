/**
 * The network graph as CSV tables for a spreadsheet: edges (source, target, weight; an isolated
 * node as a row with an empty target, as `@trellis/sna` reads it) and nodes (id, then one column
 * per attribute). Written by shared/csv-table.ts, which neutralises text that would run as a
 * formula; the measure columns go out as numbers so they stay numbers.
 */
import type { GraphData } from '@trellis/sna/io';
import { writeCsvTable, type CsvCell } from '../shared/csv-table.js';

/** The edge table, one tie a row. */
export function edgesCsv(data: GraphData): string {
  const rows: CsvCell[][] = [['source', 'target', 'weight']];
  for (const edge of data.edges) rows.push([edge.source, edge.target, edge.weight ?? 1]);
  const touched = new Set(data.edges.flatMap((edge) => [edge.source, edge.target]));
  for (const id of data.nodes) if (!touched.has(id)) rows.push([id, null, null]);
  return writeCsvTable(rows);
}

/** The node table: id, then each attribute; the `numeric` ones as numbers. */
export function nodesCsv(data: GraphData, numeric: readonly string[]): string {
  const names = [...data.nodeAttributes.keys()];
  const rows: CsvCell[][] = [['id', ...names]];
  for (const id of data.nodes) {
    rows.push([
      id,
      ...names.map((name) => {
        const value = data.nodeAttributes.get(name)?.get(id);
        if (value === undefined) return null;
        return numeric.includes(name) ? Number(value) : value;
      }),
    ]);
  }
  return writeCsvTable(rows);
}
