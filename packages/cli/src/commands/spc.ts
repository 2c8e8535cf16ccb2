import type { CommandIo } from '../io.js';

/** `trellis spc FILE.csv --chart run|i|p`: the SPC signal rules' own command line (packages/spc/src/cli). */
export async function spcCommand(args: string[], io: CommandIo): Promise<number> {
  const { runSpc } = await import('@trellis/spc/cli');
  return runSpc(args, { stdout: io.stdout, stderr: io.stderr });
}
