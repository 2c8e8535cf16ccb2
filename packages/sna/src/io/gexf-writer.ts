/**
 * GEXF 1.3 writer (https://gexf.net/), the format Gephi opens natively: nodes with string
 * attributes declared in an `<attributes class="node">` block, edges with ids and, when the data
 * is weighted, a `weight` attribute.
 */
import { formatWeight } from './graph-data.js';
import type { GraphData } from './graph-data.js';
import { escapeXmlAttribute } from './xml-escape.js';

/** Writes GraphData as a GEXF 1.3 document. */
export function writeGexf(data: GraphData): string {
  const attribute = (value: string) => escapeXmlAttribute(value, 'gexf');
  const attributeNames = [...data.nodeAttributes.keys()];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Trellis</creator>',
    '  </meta>',
    `  <graph mode="static" defaultedgetype="${data.directed === true ? 'directed' : 'undirected'}">`,
  ];
  if (attributeNames.length > 0) {
    out.push('    <attributes class="node" mode="static">');
    attributeNames.forEach((name, index) => {
      out.push(`      <attribute id="${index}" title="${attribute(name)}" type="string"/>`);
    });
    out.push('    </attributes>');
  }
  out.push('    <nodes>');
  for (const id of data.nodes) {
    const values: string[] = [];
    attributeNames.forEach((name, index) => {
      const value = data.nodeAttributes.get(name)?.get(id);
      if (value !== undefined) values.push(`<attvalue for="${index}" value="${attribute(value)}"/>`);
    });
    const open = `      <node id="${attribute(id)}" label="${attribute(id)}"`;
    out.push(values.length === 0 ? `${open}/>` : `${open}><attvalues>${values.join('')}</attvalues></node>`);
  }
  out.push('    </nodes>', '    <edges>');
  data.edges.forEach((edge, index) => {
    const weight = data.weighted ? ` weight="${formatWeight(edge.weight ?? 1)}"` : '';
    out.push(
      `      <edge id="${index}" source="${attribute(edge.source)}" target="${attribute(edge.target)}"${weight}/>`,
    );
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}
