/** A series the rules cannot analyse (empty, or the wrong kind of points for the chart). */
export class SpcError extends Error {
  override readonly name = 'SpcError';
}
