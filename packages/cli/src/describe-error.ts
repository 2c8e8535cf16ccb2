/**
 * One readable line for anything a command throws. Not everything thrown is an Error with a
 * message: libraries throw plain objects (PGlite's file-system errors are `{ name, errno }`) and
 * strings, which `String()` prints as `[object Object]` or not at all.
 */
export function describeError(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown.trim() || 'an empty error';
  if (typeof thrown !== 'object' || thrown === null) return `unexpected error: ${String(thrown)}`;
  const { message, name, code, errno } = thrown as Record<string, unknown>;
  if (typeof message === 'string' && message.trim()) return message;
  const parts = [typeof name === 'string' && name ? name : thrown.constructor?.name || 'unexpected error'];
  if (typeof code === 'string' || typeof code === 'number') parts.push(`code ${code}`);
  if (typeof errno === 'number') parts.push(`errno ${errno}`);
  return parts.join(', ');
}
