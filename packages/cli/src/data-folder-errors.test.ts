import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from './run.js';

describe('trellis, when the data folder cannot be opened', () => {
  it('prints what went wrong and where', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'trellis-cli-open-'));
    try {
      // PGlite cannot follow a link inside its folder to an absolute path: its error has no message.
      const folder = join(parent, 'data');
      await mkdir(folder);
      await symlink(join(parent, 'elsewhere'), join(folder, 'PG_VERSION'));
      let stderr = '';
      const code = await runCommand(['demo'], {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        env: { TRELLIS_DATA_DIR: folder },
      });
      expect(code).toBe(1);
      expect(stderr).toBe(
        `trellis demo: Could not open the embedded database in ${folder}: ` +
          'a file or folder is missing, or a symbolic link inside the folder points outside it (ENOENT).\n',
      );
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
