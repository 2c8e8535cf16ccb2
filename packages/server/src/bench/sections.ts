/** What the benchmark scripts share: the report file and how each rewrites its own section of it. */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_FILE = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `file`. */
export async function writeSection(file: string, name: string, content: string) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = await readFile(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  await writeFile(file, `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`);
}

/** "AMD EPYC, 2 cores, Node.js v20…; load average at the start 1.00 0.50 0.25": the machine a run had. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${cpu}, ${cpus().length} cores, Node.js ${process.version}; load average at the start ${load}`;
}
