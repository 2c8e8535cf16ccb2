/**
 * Fixed-seed benchmark graphs, written once as edge lists that every tool loads.
 *
 * A planted partition rather than a uniform random graph: nodes fall in blocks of 100 (think
 * schools) and 70% of edges stay inside a block, so clustering, communities and constraint have
 * structure to find, as in Trellis's own networks. Edges are distinct, with no self-loops, so
 * every tool sees the same node and edge counts.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32, type Random } from '../graph/random.js';

/** A benchmark graph size. */
export interface BenchSize {
  name: string;
  nodes: number;
  edges: number;
}

const BLOCK = 100;
const INSIDE = 0.7;

/** A small, fast, seedable PRNG so the graphs are the same on every machine. */
export const seededRandom = (seed: number): Random => mulberry32(seed);

/** Writes the benchmark graph of `size` to `path` as `u v` lines. */
export async function writeBenchGraph(size: BenchSize, seed: number, path: string): Promise<void> {
  const random = seededRandom(seed);
  const { nodes, edges } = size;
  const seen = new Set<number>();
  const out = createWriteStream(path, { encoding: 'utf8' });
  let chunk: string[] = [];
  while (seen.size < edges) {
    const u = Math.floor(random() * nodes);
    let v: number;
    if (random() < INSIDE) {
      const start = u - (u % BLOCK);
      v = start + Math.floor(random() * Math.min(BLOCK, nodes - start));
    } else {
      v = Math.floor(random() * nodes);
    }
    if (u === v) continue;
    const key = u < v ? u * nodes + v : v * nodes + u;
    if (seen.has(key)) continue;
    seen.add(key);
    chunk.push(`${u} ${v}\n`);
    if (chunk.length === 65536) {
      if (!out.write(chunk.join(''))) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.join(''));
  await once(out, 'finish');
}
