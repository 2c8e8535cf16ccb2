/**
 * The order anonymised answers give an analysis's nodes in: a uniformly random permutation drawn
 * from the analysis's secret key, so that the same analysis always answers in the same order
 * (pages, the node table, the map and the export agree) while the order says nothing about the
 * stored one, which follows person ids. Fisher–Yates over an AES-256-CTR keystream keyed by
 * SHA-256 of the secret; rejection sampling keeps every draw exactly uniform.
 */
import { createCipheriv, createHash } from 'node:crypto';

/** Stored index ↔ position in anonymised answers. */
export interface NodeOrder {
  /** order[position] = stored index. */
  order: Int32Array;
  /** positionOf[stored index] = position. */
  positionOf: Int32Array;
}

const MAX_BLOCK = 64 * 1024;

/** A stream of uniform 32-bit words from a key, made `words` (about as many as needed) at a time. */
function keystream(secret: string, purpose: string, words: number) {
  const key = createHash('sha256').update(`${purpose}\0${secret}`).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(Math.min(MAX_BLOCK, 16 * Math.ceil((4 * words) / 16)));
  let block = cipher.update(zeros);
  let offset = 0;
  return () => {
    if (offset === block.length) {
      block = cipher.update(zeros);
      offset = 0;
    }
    const word = block.readUInt32LE(offset);
    offset += 4;
    return word;
  };
}

/** A uniform integer in [0, bound) from the stream, without modulo bias. */
function below(next: () => number, bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  for (;;) {
    const word = next();
    if (word < limit) return word % bound;
  }
}

/** The keyed permutation of `count` nodes for an analysis's secret. */
export function nodeOrder(secret: string, count: number): NodeOrder {
  const next = keystream(secret, 'trellis node order', count + 16);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = below(next, i + 1);
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  const positionOf = new Int32Array(count);
  order.forEach((stored, position) => {
    positionOf[stored] = position;
  });
  return { order, positionOf };
}
