import { describe, expect, it } from 'vitest';
import { readGraphml } from '../io/graphml-reader.js';
import { runSna } from './run-sna.js';
import type { SnaCliIo } from './cli-io.js';

/** An in-memory file system and captured output for one runSna call. */
function harness(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: SnaCliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT', path });
      return text;
    },
    writeFile: async (path, text) => {
      written.set(path, text);
    },
  };
  return {
    run: (...argv: string[]) => runSna(argv, io),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    written,
  };
}

const TRIANGLE_AND_TAIL = 'a b\nb c\nc a\nc d\n';

describe('runSna: usage', () => {
  it('prints help', async () => {
    const h = harness();
    expect(await h.run('help')).toBe(0);
    expect(h.stdout()).toMatch(/Usage: trellis sna <command>/);
  });

  it.each([
    [[], /missing command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['metrics'], /exactly one FILE/],
    [['metrics', 'a.txt', 'b.txt'], /exactly one FILE/],
    [['metrics', 'graph.dat'], /cannot tell the input format of "graph.dat"/],
    [['metrics', 'g.txt', '--format', 'pajek'], /unknown input format "pajek"/],
    [['metrics', 'g.txt', '--sample', '0'], /--sample must be at least 1/],
    [['metrics', 'g.txt', '--sample', 'ten'], /--sample must be an integer/],
    [['metrics', 'g.txt', '--seed', '3'], /--seed only applies with --sample/],
    [['metrics', 'g.txt', '--workers', '1.5'], /--workers must be an integer/],
    [['metrics', 'g.txt', '--bogus'], /Unknown option '--bogus'/],
    [['metrics', 'g.txt', '--self-loops', 'maybe'], /--self-loops must be keep or drop/],
    [['convert', 'in.txt'], /convert needs IN and OUT/],
    [['convert', 'in.txt', 'out.gexf', '--from', 'gexf'], /GEXF can be written but not read/],
    [['convert', 'in.txt', 'out.bin'], /pass --to/],
  ])('rejects %j with exit code 2', async (argv, message) => {
    const h = harness({ 'g.txt': TRIANGLE_AND_TAIL, 'in.txt': TRIANGLE_AND_TAIL });
    expect(await h.run(...(argv as string[]))).toBe(2);
    expect(h.stderr()).toMatch(message);
    expect(h.stderr()).toMatch(/Run "trellis sna help" for usage/);
    expect(h.stdout()).toBe('');
  });
});

describe('runSna: bad files', () => {
  it('names a missing file', async () => {
    const h = harness();
    expect(await h.run('metrics', 'nope.csv')).toBe(1);
    expect(h.stderr()).toBe('trellis sna: cannot open nope.csv: no such file\n');
  });

  it('names the line and field of a bad CSV value', async () => {
    const h = harness({ 'g.csv': 'source,target,weight\na,b,1\nb,c,lots\n' });
    expect(await h.run('metrics', 'g.csv', '--weighted')).toBe(1);
    expect(h.stderr()).toBe(
      'trellis sna: sna/io/csv: line 3, field "weight": weight "lots" is not a finite number\n',
    );
  });

  it('names the line and column of broken GraphML', async () => {
    const h = harness({
      'g.graphml': '<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph></graphml>',
    });
    expect(await h.run('convert', 'g.graphml', 'out.csv')).toBe(1);
    expect(h.stderr()).toMatch(
      /^trellis sna: sna\/io\/graphml: line 4, column 1: closing tag <\/graph> does not match <node>/,
    );
    expect(h.written.size).toBe(0);
  });

  it('names a missing attribute and lists the ones there are', async () => {
    const graphml =
      '<graphml><key id="s" for="node" attr.name="school"/><graph edgedefault="undirected"><node id="a"><data key="s">X</data></node></graph></graphml>';
    const h = harness({ 'g.graphml': graphml });
    expect(await h.run('metrics', 'g.graphml', '--attribute', 'region')).toBe(2);
    expect(h.stderr()).toMatch(/node attribute "region" is not in g.graphml \(it has: school\)/);
  });
});

describe('runSna convert', () => {
  it('converts an edge list to GraphML, keeping isolates and merging repeated edges', async () => {
    const h = harness({ 'in.edgelist': 'a b 2\nb a 3\nb c 1\nlonely\n' });
    expect(await h.run('convert', 'in.edgelist', 'out.graphml')).toBe(0);
    const data = readGraphml(h.written.get('out.graphml')!);
    expect(data.directed).toBe(false);
    expect(data.nodes).toEqual(['a', 'b', 'c', 'lonely']);
    expect(data.edges).toEqual([
      { source: 'a', target: 'b', weight: 5 },
      { source: 'b', target: 'c', weight: 1 },
    ]);
  });

  it('honours --directed, --from/--to and writes to stdout for "-"', async () => {
    const h = harness({ 'graph.data': 'source,target\nb,a\na,b\n' });
    expect(await h.run('convert', 'graph.data', '-', '--from', 'csv', '--to', 'gexf', '--directed')).toBe(0);
    expect(h.stdout()).toContain('defaultedgetype="directed"');
    expect(h.stdout().match(/<edge /g)).toHaveLength(2);
  });

  it('keeps node attributes from GraphML to GEXF', async () => {
    const graphml =
      '<graphml><key id="s" for="node" attr.name="school"/><graph edgedefault="directed"><node id="a"><data key="s">Sol &amp; Lluna</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    const h = harness({ 'g.graphml': graphml });
    expect(await h.run('convert', 'g.graphml', 'g.gexf')).toBe(0);
    const gexf = h.written.get('g.gexf')!;
    expect(gexf).toContain('<attribute id="0" title="school" type="string"/>');
    expect(gexf).toContain('value="Sol &amp; Lluna"');
    expect(gexf).toContain('defaultedgetype="directed"');
  });

  it('drops self-loops on request', async () => {
    const h = harness({ 'g.txt': 'a a\na b\n' });
    expect(await h.run('convert', 'g.txt', 'g.csv', '--self-loops', 'drop')).toBe(0);
    expect(h.written.get('g.csv')).toBe('source,target\r\na,b\r\n');
  });
});

describe('runSna metrics', () => {
  it('prints one JSON document with every node measure', async () => {
    const h = harness({ 'g.txt': TRIANGLE_AND_TAIL });
    expect(await h.run('metrics', 'g.txt')).toBe(0);
    expect(h.stderr()).toBe('');
    const doc = JSON.parse(h.stdout()) as {
      graph: Record<string, unknown>;
      nodes: Record<string, unknown>[];
    };
    expect(doc.graph.nodeCount).toBe(4);
    expect(doc.graph.edgeCount).toBe(4);
    expect(doc.graph.directed).toBe(false);
    const byId = new Map(doc.nodes.map((node) => [node.id, node]));
    expect([...byId.keys()]).toEqual(['a', 'b', 'c', 'd']);
    for (const key of [
      'degree',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'clustering',
      'core',
      'constraint',
      'effectiveSize',
      'community',
    ]) {
      expect(byId.get('a'), key).toHaveProperty(key);
    }
    const c = byId.get('c')!;
    expect(c.degree).toBe(3);
    // NetworkX: betweenness_centrality(G)['c'] = 2/3, closeness 1, clustering 1/3, core 2.
    expect(c.betweenness).toBeCloseTo(2 / 3, 12);
    expect(c.closeness).toBeCloseTo(1, 12);
    expect(c.clustering).toBeCloseTo(1 / 3, 12);
    expect(c.core).toBe(2);
    expect(byId.get('d')!.core).toBe(1);
  });

  it('uses weights only with --weighted', async () => {
    const plain = harness({ 'g.txt': 'a b 5\nb c 1\n' });
    expect(await plain.run('metrics', 'g.txt')).toBe(0);
    expect((JSON.parse(plain.stdout()) as { graph: { weighted: boolean } }).graph.weighted).toBe(false);
    const weighted = harness({ 'g.txt': 'a b 5\nb c 1\n' });
    expect(await weighted.run('metrics', 'g.txt', '--weighted')).toBe(0);
    const doc = JSON.parse(weighted.stdout()) as {
      graph: { weighted: boolean };
      nodes: { id: string; strength?: number }[];
    };
    expect(doc.graph.weighted).toBe(true);
    expect(doc.nodes.find((n) => n.id === 'b')?.strength).toBe(6);
  });

  it('reads direction from GraphML and groups by --attribute', async () => {
    const graphml = `<graphml><key id="s" for="node" attr.name="school"/><graph edgedefault="directed">
      <node id="a"><data key="s">X</data></node><node id="b"><data key="s">X</data></node><node id="c"><data key="s">Y</data></node>
      <edge source="a" target="b"/><edge source="b" target="c"/><edge source="c" target="a"/></graph></graphml>`;
    const h = harness({ 'g.graphml': graphml });
    expect(await h.run('metrics', 'g.graphml', '--attribute', 'school')).toBe(0);
    const doc = JSON.parse(h.stdout()) as { graph: { directed: boolean; attribute?: { name: string } } };
    expect(doc.graph.directed).toBe(true);
    expect(doc.graph.attribute?.name).toBe('school');
  });

  it('samples betweenness with --sample and --seed, the same way every time', async () => {
    const edges = Array.from({ length: 60 }, (_, i) => `${i} ${(i * 7 + 3) % 60}\n${i} ${(i + 1) % 60}`).join(
      '\n',
    );
    const first = harness({ 'g.txt': edges });
    const second = harness({ 'g.txt': edges });
    expect(await first.run('metrics', 'g.txt', '--sample', '10', '--seed', '4')).toBe(0);
    expect(await second.run('metrics', 'g.txt', '--sample', '10', '--seed', '4')).toBe(0);
    expect(first.stdout()).toBe(second.stdout());
    const doc = JSON.parse(first.stdout()) as {
      graph: { betweenness: { exact: boolean; pivots: number | null } };
    };
    expect(doc.graph.betweenness).toMatchObject({ exact: false, pivots: 10 });
  });

  it('gives the same numbers with --workers 2', async () => {
    const edges = Array.from(
      { length: 200 },
      (_, i) => `${i} ${(i * 13 + 5) % 200}\n${i} ${(i + 1) % 200}`,
    ).join('\n');
    const one = harness({ 'g.txt': edges });
    const two = harness({ 'g.txt': edges });
    expect(await one.run('metrics', 'g.txt')).toBe(0);
    expect(await two.run('metrics', 'g.txt', '--workers', '2')).toBe(0);
    const parse = (text: string) =>
      (JSON.parse(text) as { nodes: { betweenness: number }[] }).nodes.map((n) => n.betweenness);
    const a = parse(one.stdout());
    const b = parse(two.stdout());
    a.forEach((value, i) => expect(b[i]).toBeCloseTo(value, 12));
  });
});
