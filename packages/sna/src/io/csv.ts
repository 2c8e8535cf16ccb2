/**
 * CSV edge tables: a header row naming `source` and `target` (and optionally `weight`), then one
 * edge per row. Columns may come in any order; other columns are ignored. A row with an empty
 * `target` declares an isolated node. Quoting follows RFC 4180 (see csv-parser.ts).
 */
import { formatCsvField, parseCsv } from './csv-parser.js';
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

/** Writes a CSV edge table with CRLF line endings (RFC 4180); isolated nodes get an empty target. */
export function writeCsv(data: GraphData): string {
  const rows: string[] = [data.weighted ? 'source,target,weight' : 'source,target'];
  for (const edge of data.edges) {
    const ends = `${formatCsvField(checkId(edge.source))},${formatCsvField(checkId(edge.target))}`;
    rows.push(data.weighted ? `${ends},${formatWeight(edge.weight ?? 1)}` : ends);
  }
  for (const id of isolatedNodes(data))
    rows.push(data.weighted ? `${formatCsvField(checkId(id))},,` : `${formatCsvField(checkId(id))},`);
  return `${rows.join('\r\n')}\r\n`;
}

// An empty id would read back as an isolated-node row or an error, never as what was written.
function checkId(id: string): string {
  if (id === '') throw new SnaFormatError('csv', 'node id is empty; CSV cannot hold an empty id');
  return id;
}
