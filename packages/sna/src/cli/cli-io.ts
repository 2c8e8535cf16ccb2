/** What the command line needs from the outside world, so tests and the main `trellis` command can supply it. */
import { readFile, writeFile } from 'node:fs/promises';

/** Output streams and (optional) file access for `runSna`; files default to node:fs. */
export interface SnaCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile?: (path: string) => Promise<string>;
  writeFile?: (path: string, text: string) => Promise<void>;
}

/** File access resolved from `io`, falling back to the file system. */
export interface SnaFiles {
  read: (path: string) => Promise<string>;
  write: (path: string, text: string) => Promise<void>;
}

/** Resolves the file functions of `io`. */
export function filesOf(io: SnaCliIo): SnaFiles {
  return {
    read: io.readFile ?? ((path) => readFile(path, 'utf8')),
    write: io.writeFile ?? ((path, text) => writeFile(path, text, 'utf8')),
  };
}

/** A mistake in the command line itself; `runSna` prints it with the usage hint and exits 2. */
export class SnaUsageError extends Error {
  override readonly name = 'SnaUsageError';
}
