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
  const builder = new GraphDataBuilder();
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index] ?? '';
    const hash = raw.indexOf('#');
    const content = hash === -1 ? raw : raw.slice(0, hash);
    const fields = [...content.matchAll(/\S+/g)];
    const [source, target, weight, extra] = fields;
    if (source === undefined) continue;
    if (extra !== undefined) {
      throw new SnaFormatError(
        'edgelist',
        `expected "source target [weight]" but found ${fields.length} fields`,
        {
          line,
          column: extra.index + 1,
        },
      );
    }
    if (target === undefined) {
      builder.addNode(source[0]);
    } else if (weight === undefined) {
      builder.addEdge(source[0], target[0]);
    } else {
      const value = parseWeight(weight[0]);
      if (value === undefined) {
        throw new SnaFormatError('edgelist', `weight "${weight[0]}" is not a finite number`, {
          line,
          column: weight.index + 1,
          field: 'weight',
        });
      }
      builder.addEdge(source[0], target[0], value);
    }
  }
  return builder.build();
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
