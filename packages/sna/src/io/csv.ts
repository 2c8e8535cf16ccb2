/**
 * CSV edge tables: a header row naming `source` and `target` (and optionally `weight`), then one
 * edge per row. Columns may come in any order; other columns are ignored. A row with an empty
 * `target` declares an isolated node. Quoting follows RFC 4180 (csv-parse and csv-stringify, see
 * csv-parser.ts).
 */
import { formatCsv, parseCsv } from './csv-parser.js';
import { SnaFormatError } from './format-error.js';
import { GraphDataBuilder, formatWeight, isolatedNodes, parseWeight } from './graph-data.js';
import type { GraphData } from './graph-data.js';

/** Reads a CSV edge table; throws SnaFormatError naming the line and field of the first problem. */
export function readCsv(text: string): GraphData {
  const records = parseCsv(text);
  const header = records[0];
  if (header === undefined)
    throw new SnaFormatError('csv', 'the file is empty; expected a header "source,target[,weight]"', {
      line: 1,
    });
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const sourceAt = names.indexOf('source');
  const targetAt = names.indexOf('target');
  const weightAt = names.indexOf('weight');
  if (sourceAt === -1 || targetAt === -1) {
    throw new SnaFormatError(
      'csv',
      `the header must name "source" and "target" columns, found ${JSON.stringify(header.fields)}`,
      {
        line: header.line,
      },
    );
  }

  const builder = new GraphDataBuilder();
  for (let r = 1; r < records.length; r++) {
    const { line, fields } = records[r] as (typeof records)[number];
    if (fields.length !== names.length) {
      throw new SnaFormatError(
        'csv',
        `expected ${names.length} fields as in the header, found ${fields.length}`,
        { line },
      );
    }
    const source = fields[sourceAt] ?? '';
    const target = fields[targetAt] ?? '';
    const weightText = weightAt === -1 ? '' : (fields[weightAt] ?? '');
    if (source === '') throw new SnaFormatError('csv', 'source is empty', { line, field: 'source' });
    if (target === '') {
      if (weightText.trim() !== '')
        throw new SnaFormatError('csv', 'a weight needs a target', { line, field: 'target' });
      builder.addNode(source);
      continue;
    }
    if (weightText.trim() === '') {
      builder.addEdge(source, target);
      continue;
    }
    const weight = parseWeight(weightText);
    if (weight === undefined) {
      throw new SnaFormatError('csv', `weight "${weightText}" is not a finite number`, {
        line,
        field: 'weight',
      });
    }
    builder.addEdge(source, target, weight);
  }
  return builder.build();
}

/**
 * Writes a CSV edge table with CRLF line endings (RFC 4180); isolated nodes get an empty target.
 * Ids a spreadsheet would run as a formula (=, +, -, @ first) get a leading single quote, as the
 * server's CSV exports do, so they read back with it; ids that are numbers, such as -1, do not.
 */
export function writeCsv(data: GraphData): string {
  const rows: string[][] = [data.weighted ? ['source', 'target', 'weight'] : ['source', 'target']];
  for (const edge of data.edges) {
    const ends = [checkId(edge.source), checkId(edge.target)];
    rows.push(data.weighted ? [...ends, formatWeight(edge.weight ?? 1)] : ends);
  }
  for (const id of isolatedNodes(data)) rows.push(data.weighted ? [checkId(id), '', ''] : [checkId(id), '']);
  return formatCsv(rows, { escapeFormulas: true });
}

// An empty id would read back as an isolated-node row or an error, never as what was written.
function checkId(id: string): string {
  if (id === '') throw new SnaFormatError('csv', 'node id is empty; CSV cannot hold an empty id');
  return id;
}
