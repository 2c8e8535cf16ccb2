/**
 * Edge lists: one edge per line, `source target [weight]`, separated by spaces or tabs.
 *
 * `#` starts a comment that runs to the end of the line, as in NetworkX's `read_edgelist`.
 * A line with a single id declares an isolated node; NetworkX skips such lines, so files
 * written here stay readable there.
 */
import { SnaFormatError } from './format-error.js';
import { GraphDataBuilder, formatWeight, isolatedNodes, parseWeight } from './graph-data.js';
import type { GraphData } from './graph-data.js';

/** Reads an edge list; throws SnaFormatError naming the line and column of the first problem. */
export function readEdgeList(text: string): GraphData {
  // A hand-written scanner: a regular expression per line made parsing the slowest part of loading.
  const builder = new GraphDataBuilder();
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const lineStart = i;
    let count = 0;
    let s0 = 0;
    let e0 = 0;
    let s1 = 0;
    let e1 = 0;
    let s2 = 0;
    let e2 = 0;
    let s3 = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) break;
      if (c === HASH) {
        while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        break;
      }
      if (isSpace(text, i, c)) {
        i++;
        continue;
      }
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === LF || d === CR || d === HASH || isSpace(text, i, d)) break;
        i++;
      }
      if (count === 0) [s0, e0] = [start, i];
      else if (count === 1) [s1, e1] = [start, i];
      else if (count === 2) [s2, e2] = [start, i];
      else if (count === 3) s3 = start;
      count++;
    }
    if (count > 3) {
      throw new SnaFormatError('edgelist', `expected "source target [weight]" but found ${count} fields`, {
        line,
        column: s3 - lineStart + 1,
      });
    }
    if (count === 1) {
      builder.addNode(text.slice(s0, e0));
    } else if (count === 2) {
      builder.addEdge(text.slice(s0, e0), text.slice(s1, e1));
    } else if (count === 3) {
      const weightText = text.slice(s2, e2);
      const weight = parseWeight(weightText);
      if (weight === undefined) {
        throw new SnaFormatError('edgelist', `weight "${weightText}" is not a finite number`, {
          line,
          column: s2 - lineStart + 1,
          field: 'weight',
        });
      }
      builder.addEdge(text.slice(s0, e0), text.slice(s1, e1), weight);
    }
    // One line break: CRLF, LF or CR.
    if (i < n) i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
  }
  return builder.build();
}

const LF = 10;
const CR = 13;
const HASH = 35;

// ASCII spaces and tabs separate fields; other Unicode whitespace does too, as in NetworkX's split().
function isSpace(text: string, i: number, c: number): boolean {
  if (c === 32 || c === 9 || c === 11 || c === 12) return true;
  return c > 127 && /\s/.test(text.charAt(i));
}

/** Writes an edge list; weights appear only when the data is weighted. */
export function writeEdgeList(data: GraphData): string {
  const out: string[] = [
    `# Trellis edge list: ${data.nodes.length} nodes, ${data.edges.length} edges, ${describeKind(data)}`,
  ];
  for (const edge of data.edges) {
    const ends = `${checkId(edge.source)} ${checkId(edge.target)}`;
    out.push(data.weighted ? `${ends} ${formatWeight(edge.weight ?? 1)}` : ends);
  }
  for (const id of isolatedNodes(data)) out.push(checkId(id));
  return `${out.join('\n')}\n`;
}

function describeKind(data: GraphData): string {
  const direction = data.directed === true ? 'directed' : 'undirected';
  return data.weighted ? `${direction}, weighted` : direction;
}

// An id with a space or '#' would be read back as a different edge, so refuse rather than corrupt.
function checkId(id: string): string {
  if (id === '' || /[\s#]/.test(id)) {
    throw new SnaFormatError(
      'edgelist',
      `node id ${JSON.stringify(id)} is empty or contains whitespace or "#"; use CSV or GraphML instead`,
    );
  }
  return id;
}
