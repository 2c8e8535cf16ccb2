/**
 * Splitting the sources of a shortest-path computation into chunks, and adding the chunks'
 * sums back together.
 *
 * The chunks depend only on the number of sources, never on the number of threads, and their
 * sums are added in chunk order. One thread, two workers or a pool of any size therefore add
 * the same floating-point numbers in the same order, and return identical results.
 */
import { BIT_PARALLEL_BATCH } from './bit-parallel-bfs.js';
import { KernelScratch } from './kernel-scratch.js';
import { runKernel } from './paths-kernel.js';
import type { CsrView, KernelRequest, KernelResult } from './paths-kernel.js';

/** About this many chunks: enough for two to four workers to finish close together. */
const TARGET_CHUNKS = 16;
/** Chunk sizes are multiples of the bit-parallel search's batch, so batches never straddle chunks. */
const CHUNK_MULTIPLE = BIT_PARALLEL_BATCH;

/** Contiguous runs of `sources` (neighbouring sources share work in the bit-parallel search). */
export function sourceChunks(sources: Int32Array): Int32Array[] {
  const per = Math.ceil(sources.length / TARGET_CHUNKS);
  const size = Math.max(CHUNK_MULTIPLE, Math.ceil(per / CHUNK_MULTIPLE) * CHUNK_MULTIPLE);
  const chunks: Int32Array[] = [];
  for (let start = 0; start < sources.length; start += size) {
    chunks.push(sources.subarray(start, Math.min(start + size, sources.length)));
  }
  return chunks;
}

/** Adds `part` into `total`, in place. */
export function addKernelResult(total: KernelResult, part: KernelResult): void {
  addInto(total.betweenness, part.betweenness);
  addInto(total.distanceSum, part.distanceSum);
  addInto(total.reached, part.reached);
  addInto(total.harmonic, part.harmonic);
  total.componentDistanceSum += part.componentDistanceSum;
  total.componentEccentricity = Math.max(total.componentEccentricity, part.componentEccentricity);
}

function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
}

/** Collects chunk results that may arrive in any order and adds them in chunk order. */
export class ChunkSum {
  private total: KernelResult | undefined;
  private readonly waiting = new Map<number, KernelResult>();
  private nextChunk = 0;

  /** Records chunk `index`'s result, adding every chunk that is now next in order. */
  add(index: number, part: KernelResult): void {
    this.waiting.set(index, part);
    for (
      let ready = this.waiting.get(this.nextChunk);
      ready !== undefined;
      ready = this.waiting.get(this.nextChunk)
    ) {
      this.waiting.delete(this.nextChunk++);
      if (this.total === undefined) this.total = ready;
      else addKernelResult(this.total, ready);
    }
  }

  /** The sum of all chunks; call once every chunk has been added. */
  result(): KernelResult {
    if (this.total === undefined || this.waiting.size > 0) throw new Error('ChunkSum: chunks missing');
    return this.total;
  }
}

/** Runs the kernel chunk by chunk on the calling thread, summing as a pool of workers would. */
export function runKernelInChunks(g: CsrView, sources: Int32Array, req: KernelRequest): KernelResult {
  const scratch = new KernelScratch();
  const sum = new ChunkSum();
  const chunks = sourceChunks(sources);
  if (chunks.length === 0) return runKernel(g, sources, req, scratch);
  chunks.forEach((chunk, index) => sum.add(index, runKernel(g, chunk, req, scratch)));
  return sum.result();
}
