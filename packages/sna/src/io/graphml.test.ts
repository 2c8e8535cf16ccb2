import { describe, expect, it } from 'vitest';
import { SnaFormatError } from './format-error.js';
import { readGraphml } from './graphml-reader.js';
import { writeGraphml } from './graphml-writer.js';
import type { GraphData } from './graph-data.js';

function errorOf(fn: () => unknown): SnaFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SnaFormatError) return error;
    throw error;
  }
  throw new Error('expected an SnaFormatError');
}

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="school" attr.type="string"><default>none</default></key>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d2" for="edge" attr.name="kind" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <desc>advice network</desc>
    <node id="ana"><data key="d0">Escola &amp; Inst&#237;tut &lt;1&gt;</data></node>
    <node id='ben'/>
    <node id="c&quot;d"><data key="d0"><![CDATA[a <raw> value]]></data></node>
    <edge source="ana" target="ben"><data key="d1">2.5</data><data key="d2">advice</data></edge>
    <edge id="e2" source="ben" target="c&quot;d"/>
  </graph>
</graphml>
`;

describe('readGraphml', () => {
  it('reads direction, nodes, attributes with defaults, weights and entities', () => {
    const data = readGraphml(SAMPLE);
    expect(data.directed).toBe(true);
    expect(data.nodes).toEqual(['ana', 'ben', 'c"d']);
    expect(data.edges).toEqual([
      { source: 'ana', target: 'ben', weight: 2.5 },
      { source: 'ben', target: 'c"d' },
    ]);
    expect(data.weighted).toBe(true);
    expect(Object.fromEntries(data.nodeAttributes.get('school')!)).toEqual({
      ana: 'Escola & Instítut <1>',
      'c"d': 'a <raw> value',
      ben: 'none',
    });
  });

  it('reads an undirected graph and applies a default weight', () => {
    const data = readGraphml(`<graphml><key id="w" for="edge" attr.name="weight"><default>3</default></key>
      <graph edgedefault="undirected"><node id="1"/><node id="2"/><edge source="1" target="2"/></graph></graphml>`);
    expect(data.directed).toBe(false);
    expect(data.edges).toEqual([{ source: '1', target: '2', weight: 3 }]);
  });

  it('skips foreign markup such as yEd node graphics', () => {
    const data = readGraphml(`<graphml xmlns:y="http://www.yworks.com/xml/graphml">
      <key id="d6" for="node" yfiles.type="nodegraphics"/>
      <graph edgedefault="undirected"><node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode></data></node></graph></graphml>`);
    expect(data.nodes).toEqual(['n0']);
  });

  it('names the line and column of a bad weight', () => {
    const text = `<graphml><key id="w" for="edge" attr.name="weight"/><graph edgedefault="undirected">
<edge source="a" target="b">
   <data key="w">heavy</data></edge></graph></graphml>`;
    const error = errorOf(() => readGraphml(text));
    expect([error.line, error.column]).toEqual([3, 4]);
    expect(error.message).toMatch(/edge weight "heavy" is not a finite number/);
  });

  it('explains malformed XML with its position', () => {
    const cases: [string, RegExp, number][] = [
      ['<graphml>\n<graph>\n</graphml>', /does not match <graph> opened at line 2/, 3],
      ['<graphml>\n  <graph edgedefault=undirected/>', /must be quoted/, 2],
      ['<graphml><graph>\n<node id="a &foo; b"/></graph></graphml>', /unknown entity "&foo;"/, 2],
      ['<graphml><graph>\n<node id="a & b"/></graph></graphml>', /"&" must start an entity/, 2],
      ['<graphml>\n<graph>', /never closed/, 2],
      ['<graphml><graph>\n<node id="a" id="b"/></graph></graphml>', /appears twice/, 2],
      ['<graphml><graph/></graphml>\ntrailing', /text outside the root/, 1],
    ];
    for (const [text, message, line] of cases) {
      const error = errorOf(() => readGraphml(text));
      expect(error.message).toMatch(message);
      expect(error.line).toBe(line);
    }
  });

  it('refuses what the graph model cannot hold', () => {
    const head = '<graphml><key id="k" for="node"/><graph edgedefault="directed">';
    expect(
      errorOf(() => readGraphml(`${head}<node id="a"><graph/></node></graph></graphml>`)).message,
    ).toMatch(/nested graphs/);
    expect(errorOf(() => readGraphml(`${head}<hyperedge/></graph></graphml>`)).message).toMatch(/hyperedges/);
    expect(
      errorOf(() => readGraphml(`${head}<edge source="a" target="b" directed="false"/></graph></graphml>`))
        .message,
    ).toMatch(/mix directed and undirected/);
    expect(errorOf(() => readGraphml(`${head}<node/></graph></graphml>`)).message).toMatch(
      /needs a "id" attribute/,
    );
    expect(
      errorOf(() => readGraphml(`${head}<node id="a"><data key="nope">1</data></node></graph></graphml>`))
        .message,
    ).toMatch(/key "nope"/);
    expect(errorOf(() => readGraphml('<gexf/>')).message).toMatch(/expected the root element <graphml>/);
    expect(errorOf(() => readGraphml('<graphml></graphml>')).message).toMatch(/no <graph>/);
    expect(errorOf(() => readGraphml('<graphml><graph edgedefault="sideways"/></graphml>')).message).toMatch(
      /edgedefault/,
    );
  });
});

describe('writeGraphml', () => {
  const data: GraphData = {
    directed: false,
    weighted: true,
    nodes: ['a&b', 'c "q"', 'tab\there', 'lonely'],
    edges: [
      { source: 'a&b', target: 'c "q"', weight: 0.25 },
      { source: 'c "q"', target: 'tab\there', weight: 4 },
    ],
    nodeAttributes: new Map([
      [
        'group',
        new Map([
          ['a&b', '<x>'],
          ['lonely', 'line\nbreak'],
        ]),
      ],
    ]),
  };

  it('round-trips through readGraphml, including awkward characters', () => {
    expect(readGraphml(writeGraphml(data))).toEqual(data);
    const directed = {
      ...data,
      directed: true,
      weighted: false,
      edges: data.edges.map(({ source, target }) => ({ source, target })),
    };
    expect(readGraphml(writeGraphml(directed))).toEqual(directed);
  });

  it('refuses characters XML cannot hold', () => {
    expect(() => writeGraphml({ ...data, nodes: ['bell\u0007'] })).toThrow(/U\+0007/);
  });
});
