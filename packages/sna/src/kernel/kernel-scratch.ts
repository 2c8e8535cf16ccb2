/**
 * Per-node working arrays of the shortest-path kernel, kept between calls.
 *
 * A worker runs the kernel once per chunk of sources; allocating (and zero-filling) a dozen
 * n- and m-sized arrays per chunk would cost page faults comparable to the chunk's own work on
 * the largest graphs. Every kernel loop leaves its arrays as it found them (distances back to
 * "unreached", marks cleared), so an array is initialised only when it is first made.
 */
export class KernelScratch {
  private readonly ints = new Map<string, Int32Array>();
  private readonly floats = new Map<string, Float64Array>();

  /** An Int32Array of `length` named `name`, filled with `initial` when it is first made. */
  int32(name: string, length: number, initial = 0): Int32Array {
    let a = this.ints.get(name);
    if (a === undefined || a.length !== length) {
      a = new Int32Array(length);
      if (initial !== 0) a.fill(initial);
      this.ints.set(name, a);
    }
    return a;
  }

  /** A Float64Array of `length` named `name`, filled with `initial` when it is first made. */
  float64(name: string, length: number, initial = 0): Float64Array {
    let a = this.floats.get(name);
    if (a === undefined || a.length !== length) {
      a = new Float64Array(length);
      if (initial !== 0) a.fill(initial);
      this.floats.set(name, a);
    }
    return a;
  }
}
