/**
 * PGlite runs PostgreSQL in WebAssembly over Emscripten's file system, whose errors are plain
 * objects (`{ name: 'ErrnoError', errno: 44 }`: no message, not an Error). Printed as they are,
 * they read `[object Object]`; this turns them into a sentence that names the folder and the cause.
 */

/** Emscripten's errno numbers (its ERRNO_CODES table) for the causes a data folder meets. */
const FILE_SYSTEM_CAUSES: Record<number, string> = {
  2: 'permission denied (EACCES)',
  20: 'a file that should not be there already exists (EEXIST)',
  28: 'invalid argument (EINVAL)',
  29: 'input/output error (EIO)',
  31: 'a folder where a file was expected (EISDIR)',
  32: 'too many levels of symbolic links (ELOOP)',
  44: 'a file or folder is missing, or a symbolic link inside the folder points outside it (ENOENT)',
  51: 'no space left on the device (ENOSPC)',
  54: 'a file where a folder was expected (ENOTDIR)',
  63: 'operation not permitted (EPERM)',
  69: 'the file system is read-only (EROFS)',
};

/** An Error whose message says why the embedded database in `folder` did not open. */
export function embeddedOpenError(thrown: unknown, folder: string): Error {
  return new Error(`Could not open the embedded database in ${folder}: ${cause(thrown)}.`, { cause: thrown });
}

function cause(thrown: unknown): string {
  if (thrown instanceof Error && thrown.message) return thrown.message.replace(/\.$/, '');
  const { errno, name } = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as {
    errno?: unknown;
    name?: unknown;
  };
  if (typeof errno === 'number') return FILE_SYSTEM_CAUSES[errno] ?? `file-system error ${errno}`;
  if (typeof name === 'string' && name) return name;
  return typeof thrown === 'string' && thrown ? thrown : 'an unexpected error';
}
