import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  ANALYSIS_LEVELS,
  EXPORT_FORMATS,
  exportNetworkGraph,
  exportResourcesCsv,
  findNetwork,
  RELATION_TYPES,
} from '@trellis/server';
import { UsageError, type CommandIo } from '../io.js';
import { openConfiguredDatabase } from './database.js';

const EXAMPLE = 'trellis export network lectura-compartida --format graphml --out lectura.graphml';
const RESOURCES_EXAMPLE = 'trellis export resources --out bank.csv';

/**
 * `trellis export network SLUG --format graphml|gexf|csv --out FILE`: the network's ties with
 * attributes and measures (computed on the spot when no finished analysis holds them), for
 * NetworkX, Gephi or a spreadsheet. Whoever runs the command holds the database, so people appear
 * by name.
 */
export async function exportCommand(args: string[], io: CommandIo): Promise<number> {
  const { what, slug, options } = parse(args);
  if (what === 'resources' && !slug) return exportResources(options.out, io);
  if (what !== 'network' || !slug)
    throw new UsageError(`export one network (${EXAMPLE}) or the resources (${RESOURCES_EXAMPLE})`);
  const connection = await openConfiguredDatabase(io);
  try {
    const network = await findNetwork(connection.db, slug);
    if (!network) {
      io.stderr(`trellis export: no network has the slug or id "${slug}".\n`);
      return 1;
    }
    const file = await exportNetworkGraph(connection.db, { networkId: network.id, ...options, named: true });
    await writeFile(options.out, file.body, 'utf8');
    io.stdout(`Exported ${network.name} (${options.level}, ${options.format}) to ${options.out}.\n`);
    return 0;
  } finally {
    await connection.close();
  }
}

/**
 * `trellis export resources --out FILE.csv`: the knowledge bank, drafts left out, in the columns
 * `trellis import resources` reads (docs/import.md).
 */
async function exportResources(out: string, io: CommandIo): Promise<number> {
  const connection = await openConfiguredDatabase(io);
  try {
    const { csv, count } = await exportResourcesCsv(connection.db);
    await writeFile(out, csv, 'utf8');
    io.stdout(`Exported ${count} resources to ${out}.\n`);
    return 0;
  } finally {
    await connection.close();
  }
}

function parse(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'graphml' },
        level: { type: 'string', default: 'people' },
        wave: { type: 'string' },
        relation: { type: 'string' },
        table: { type: 'string', default: 'edges' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const choice = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T => {
    if (!allowed.includes(value as T))
      throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}".`);
    return value as T;
  };
  if (!values.out) throw new UsageError(`name the file to write with --out: ${EXAMPLE}`);
  if (
    values.wave !== undefined &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.wave)
  ) {
    throw new UsageError(`--wave takes a wave's id (a UUID), not "${values.wave}".`);
  }
  return {
    what: positionals[0],
    slug: positionals[1],
    options: {
      format: choice('format', values.format, EXPORT_FORMATS),
      level: choice('level', values.level, ANALYSIS_LEVELS),
      waveId: values.wave ?? null,
      relation: values.relation === undefined ? null : choice('relation', values.relation, RELATION_TYPES),
      table: choice('table', values.table, ['edges', 'nodes'] as const),
      out: values.out,
    },
  };
}
