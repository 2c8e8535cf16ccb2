/**
 * GraphML reader (http://graphml.graphdrawing.org/specification.html).
 *
 * Reads one graph: its `edgedefault`, nodes with `<data>` attributes (kept as strings, keys'
 * `<default>` applied) and edges, whose `weight` data (a key with attr.name="weight") becomes
 * the edge weight. Other edge data, ports, `desc` and foreign elements such as yEd's are skipped.
 * Nested graphs, hyperedges and graphs mixing directed and undirected edges are refused with an
 * error, because the graph model cannot hold them and dropping them silently would mislead.
 */
import { SnaFormatError } from './format-error.js';
import { GraphDataBuilder, parseWeight } from './graph-data.js';
import type { GraphData } from './graph-data.js';
import { tokenizeXml } from './xml-tokenizer.js';
import type { XmlToken } from './xml-tokenizer.js';

interface Key {
  domain: string;
  name: string;
  defaultValue: string | undefined;
}

interface OpenEdge {
  source: string;
  target: string;
  weight: number | undefined;
}

type OpenToken = Extract<XmlToken, { kind: 'open' }>;

/** Reads a GraphML document; throws SnaFormatError naming the line and column of the first problem. */
export function readGraphml(text: string): GraphData {
  const builder = new GraphDataBuilder();
  const keys = new Map<string, Key>();
  const stack: string[] = [];
  const nodeValues = new Map<string, Set<string>>(); // attribute → nodes that set it, to apply defaults
  const edgesWithoutWeight: number[] = [];
  let graphs = 0;
  let directed: boolean | undefined;
  let node: string | undefined;
  let edge: OpenEdge | undefined;
  let edgeCount = 0;
  let keyInProgress: Key | undefined;
  let data: { key: Key; keyId: string; line: number; column: number; text: string } | undefined;
  let sawRoot = false;

  const fail = (message: string, at: { line: number; column: number }): never => {
    throw new SnaFormatError('graphml', message, { line: at.line, column: at.column });
  };
  const required = (token: OpenToken, attribute: string): string => {
    const value = token.attributes.get(attribute);
    if (value === undefined) fail(`<${token.name}> needs a "${attribute}" attribute`, token);
    return value as string;
  };

  for (const token of tokenizeXml(text, 'graphml')) {
    if (token.kind === 'text') {
      if (data !== undefined && stack.at(-1) === 'data') data.text += token.text;
      else if (keyInProgress !== undefined && stack.at(-1) === 'default') {
        keyInProgress.defaultValue = (keyInProgress.defaultValue ?? '') + token.text;
      }
      continue;
    }
    const name = localName(token.name);
    if (token.kind === 'close') {
      stack.pop();
      if (name === 'node' && stack.at(-1) === 'graph') node = undefined;
      else if (name === 'key') keyInProgress = undefined;
      else if (name === 'data' && data !== undefined && stack.every((s) => s !== 'data')) {
        applyData(data);
        data = undefined;
      } else if (name === 'edge' && edge !== undefined && stack.at(-1) === 'graph') {
        builder.addEdge(edge.source, edge.target, edge.weight);
        if (edge.weight === undefined) edgesWithoutWeight.push(edgeCount);
        edgeCount++;
        edge = undefined;
      }
      continue;
    }

    const parent = stack.at(-1);
    stack.push(name);
    if (parent === undefined) {
      if (sawRoot || name !== 'graphml')
        fail(`expected the root element <graphml>, found <${token.name}>`, token);
      sawRoot = true;
      continue;
    }
    // Inside <data> or an element we skip, nested markup (yEd's y:ShapeNode and such) is not ours.
    if (!['graphml', 'graph', 'node', 'edge', 'key'].includes(parent)) continue;

    switch (name) {
      case 'key': {
        if (parent !== 'graphml') break;
        const id = required(token, 'id');
        keyInProgress = {
          domain: token.attributes.get('for') ?? 'all',
          name: token.attributes.get('attr.name') ?? id,
          defaultValue: undefined,
        };
        keys.set(id, keyInProgress);
        break;
      }
      case 'default':
        break;
      case 'graph': {
        if (parent !== 'graphml') fail('nested graphs are not supported', token);
        graphs++;
        if (graphs > 1) fail('only one <graph> per file is supported', token);
        const edgedefault = token.attributes.get('edgedefault');
        if (edgedefault !== undefined && edgedefault !== 'directed' && edgedefault !== 'undirected') {
          fail(`edgedefault must be "directed" or "undirected", found "${edgedefault}"`, token);
        }
        if (edgedefault !== undefined) {
          directed = edgedefault === 'directed';
          builder.setDirected(directed);
        }
        break;
      }
      case 'node':
        if (parent !== 'graph') break;
        node = required(token, 'id');
        builder.addNode(node);
        break;
      case 'edge': {
        if (parent !== 'graph') break;
        const edgeDirected = token.attributes.get('directed');
        if (edgeDirected !== undefined && directed !== undefined && (edgeDirected === 'true') !== directed) {
          fail('graphs that mix directed and undirected edges are not supported', token);
        }
        edge = { source: required(token, 'source'), target: required(token, 'target'), weight: undefined };
        break;
      }
      case 'hyperedge':
        fail('hyperedges are not supported', token);
        break;
      case 'data': {
        const keyId = required(token, 'key');
        const key = keys.get(keyId);
        if (key === undefined)
          fail(`<data> refers to key "${keyId}", which no <key> declares before it`, token);
        data = { key: key as Key, keyId, line: token.line, column: token.column, text: '' };
        break;
      }
      default:
        break;
    }
  }
  if (!sawRoot) throw new SnaFormatError('graphml', 'no <graphml> element found', { line: 1, column: 1 });
  if (graphs === 0) throw new SnaFormatError('graphml', 'no <graph> element found');

  const result = builder.build();
  for (const key of keys.values()) {
    if (key.defaultValue === undefined) continue;
    if (isNodeKey(key)) {
      const set = nodeValues.get(key.name);
      for (const id of result.nodes)
        if (set === undefined || !set.has(id)) setNodeValue(key.name, id, key.defaultValue);
    } else if (key.domain === 'edge' && key.name === 'weight') {
      const weight = parseWeight(key.defaultValue);
      if (weight === undefined)
        throw new SnaFormatError('graphml', `default weight "${key.defaultValue}" is not a finite number`);
      for (const index of edgesWithoutWeight) (result.edges[index] as { weight?: number }).weight = weight;
      if (edgesWithoutWeight.length > 0) result.weighted = true;
    }
  }
  return result;

  function applyData(value: NonNullable<typeof data>): void {
    const location = { line: value.line, column: value.column };
    if (node !== undefined && stack.at(-1) === 'node') {
      if (!isNodeKey(value.key))
        fail(`key "${value.keyId}" is declared for ${value.key.domain}, not for nodes`, location);
      setNodeValue(value.key.name, node, value.text);
    } else if (edge !== undefined && stack.at(-1) === 'edge') {
      if (value.key.name !== 'weight' || (value.key.domain !== 'edge' && value.key.domain !== 'all')) return;
      const weight = parseWeight(value.text);
      if (weight === undefined) fail(`edge weight "${value.text.trim()}" is not a finite number`, location);
      edge.weight = weight;
    }
  }

  function setNodeValue(attribute: string, id: string, value: string): void {
    builder.setAttribute(attribute, id, value);
    let set = nodeValues.get(attribute);
    if (set === undefined) nodeValues.set(attribute, (set = new Set()));
    set.add(id);
  }
}

function isNodeKey(key: Key): boolean {
  return key.domain === 'node' || key.domain === 'all';
}

// GraphML is usually unprefixed, but a file may bind its namespace to a prefix (g:node).
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
