import type { CommandIo } from '../io.js';

/** `trellis sna …`: the analysis engine's own command line (packages/sna/src/cli). */
export async function snaCommand(args: string[], io: CommandIo): Promise<number> {
  const { runSna } = await import('@trellis/sna/cli');
  return runSna(args, { stdout: io.stdout, stderr: io.stderr });
}
