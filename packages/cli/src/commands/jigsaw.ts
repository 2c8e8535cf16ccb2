import type { CommandIo } from '../io.js';

/** `trellis jigsaw ROSTER.csv --topics K`: the jigsaw's own command line (packages/jigsaw/src/cli). */
export async function jigsawCommand(args: string[], io: CommandIo): Promise<number> {
  const { runJigsaw } = await import('@trellis/jigsaw/cli');
  return runJigsaw(args, { stdout: io.stdout, stderr: io.stderr });
}
