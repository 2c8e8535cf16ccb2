/**
 * GraphML writer: one graph with `edgedefault`, node attributes as string keys and, for weighted
 * data, a double `weight` key on edges — the shape NetworkX's `read_graphml`, Gephi and yEd read.
 */
import { formatWeight } from './graph-data.js';
import type { GraphData } from './graph-data.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

/** Writes GraphData as a GraphML document. */
export function writeGraphml(data: GraphData): string {
  const attribute = (value: string) => escapeXmlAttribute(value, 'graphml');
  const text = (value: string) => escapeXmlText(value, 'graphml');
  const attributeNames = [...data.nodeAttributes.keys()];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  attributeNames.forEach((name, index) => {
    out.push(`  <key id="n${index}" for="node" attr.name="${attribute(name)}" attr.type="string"/>`);
  });
  if (data.weighted) out.push('  <key id="w" for="edge" attr.name="weight" attr.type="double"/>');
  out.push(`  <graph id="G" edgedefault="${data.directed === true ? 'directed' : 'undirected'}">`);
  for (const id of data.nodes) {
    const values: string[] = [];
    attributeNames.forEach((name, index) => {
      const value = data.nodeAttributes.get(name)?.get(id);
      if (value !== undefined) values.push(`<data key="n${index}">${text(value)}</data>`);
    });
    out.push(
      values.length === 0
        ? `    <node id="${attribute(id)}"/>`
        : `    <node id="${attribute(id)}">${values.join('')}</node>`,
    );
  }
  for (const edge of data.edges) {
    const ends = `source="${attribute(edge.source)}" target="${attribute(edge.target)}"`;
    out.push(
      data.weighted
        ? `    <edge ${ends}><data key="w">${formatWeight(edge.weight ?? 1)}</data></edge>`
        : `    <edge ${ends}/>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
