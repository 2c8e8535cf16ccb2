/**
 * Errors raised while reading or writing graph files.
 *
 * `line` and `column` are 1-based and point at the offending place in the input, so a person can
 * open the file and find it; writers that cannot represent a graph leave them undefined.
 */

import { SnaError } from '../graph/errors.js';

/** The file formats Trellis reads or writes. */
export type GraphFormat = 'edgelist' | 'csv' | 'graphml' | 'gexf';

/** Where in the input a problem was found, and in which field. */
export interface FormatErrorLocation {
  line?: number;
  column?: number;
  field?: string;
}

/**
 * A graph file that cannot be read, or a graph that the chosen format cannot hold.
 * It is an SnaError (code SNA_INVALID_INPUT, algorithm `io/<format>`) so one catalogue maps both.
 */
export class SnaFormatError extends SnaError {
  readonly format: GraphFormat;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly field: string | undefined;

  constructor(format: GraphFormat, message: string, location: FormatErrorLocation = {}) {
    super(`io/${format}`, 'SNA_INVALID_INPUT', `${describeLocation(location)}${message}`);
    Object.defineProperty(this, 'name', { value: 'SnaFormatError' });
    this.format = format;
    this.line = location.line;
    this.column = location.column;
    this.field = location.field;
  }
}

function describeLocation({ line, column, field }: FormatErrorLocation): string {
  const parts: string[] = [];
  if (line !== undefined) parts.push(`line ${line}`);
  if (column !== undefined) parts.push(`column ${column}`);
  if (field !== undefined) parts.push(`field "${field}"`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}
