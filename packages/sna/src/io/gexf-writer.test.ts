import { describe, expect, it } from 'vitest';
import { writeGexf } from './gexf-writer.js';
import { tokenizeXml } from './xml-tokenizer.js';

describe('writeGexf', () => {
  it('writes GEXF 1.3 with node attributes, edge ids and weights', () => {
    const text = writeGexf({
      directed: true,
      weighted: true,
      nodes: ['a', 'b<'],
      edges: [{ source: 'a', target: 'b<', weight: 2 }],
      nodeAttributes: new Map([['role', new Map([['a', 'teacher & head']])]]),
    });
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    expect(text).toContain('defaultedgetype="directed"');
    expect(text).toContain('<attribute id="0" title="role" type="string"/>');
    expect(text).toContain(
      '<node id="a" label="a"><attvalues><attvalue for="0" value="teacher &amp; head"/></attvalues></node>',
    );
    expect(text).toContain('<node id="b&lt;" label="b&lt;"/>');
    expect(text).toContain('<edge id="0" source="a" target="b&lt;" weight="2"/>');
    // Well-formed: the tokenizer checks nesting and entities.
    expect(() => [...tokenizeXml(text, 'gexf')]).not.toThrow();
  });

  it('leaves out weights and the attribute block when there are none', () => {
    const text = writeGexf({
      directed: false,
      weighted: false,
      nodes: ['a', 'b'],
      edges: [{ source: 'a', target: 'b' }],
      nodeAttributes: new Map(),
    });
    expect(text).toContain('defaultedgetype="undirected"');
    expect(text).not.toContain('<attributes');
    expect(text).toContain('<edge id="0" source="a" target="b"/>');
  });
});
