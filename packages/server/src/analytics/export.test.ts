import { and, eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { importCsv } from '../import/import.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { analyses } from './analyses.table.js';
import { exportNetworkGraph, type ExportRequest } from './export.js';
import { runNextAnalysis } from './run-analysis.js';

/** The node table of a file, as { label → column → cell } (labels here have no commas). */
function nodeTable(csv: string) {
  const [header, ...rows] = csv.trim().split('\r\n');
  const columns = header!.split(',');
  return new Map(
    rows.map((row) => {
      const cells = Object.fromEntries(row.split(',').map((cell, index) => [columns[index]!, cell]));
      return [cells.label!, cells];
    }),
  );
}

describeOnEachEngine('the network export', (open) => {
  const t = useTestApp(open);

  it('carries the measures always: computed on the spot until an analysis of the selection holds every node', async () => {
    const network = await buildNetwork(t.db, { slug: 'red-export' });
    const people = [];
    for (const name of ['Ana', 'Bea', 'Carla']) {
      const person = await buildPerson(t.db, {
        displayName: name,
        email: `${name.toLowerCase()}@example.org`,
      });
      await addMember(t.db, network.id, { personId: person.id });
      people.push(person);
    }
    // Ana → Bea → Carla: Bea is on the one path between the other two.
    const ties =
      'network,from_email,to_email,relation\nred-export,ana@example.org,bea@example.org,advice\nred-export,bea@example.org,carla@example.org,advice\n';
    await importCsv(t.db, 'ties', ties);
    const allTies = and(
      eq(analyses.networkId, network.id),
      isNull(analyses.waveId),
      isNull(analyses.relation),
    );
    const queued = await t.db.select().from(analyses).where(allTies);
    // Importing ties queues the analyses of all ties, as closing a wave does; once, while they wait.
    expect(queued.map((row) => `${row.level} ${row.status}`).sort()).toEqual([
      'organisations queued',
      'people queued',
    ]);
    await importCsv(t.db, 'ties', ties);
    expect(await t.db.select().from(analyses).where(allTies)).toHaveLength(2);

    const request: ExportRequest = {
      networkId: network.id,
      level: 'people',
      waveId: null,
      relation: null,
      format: 'csv',
      table: 'nodes',
      named: true,
    };
    // Nothing analysed yet: the file's measures are computed for it.
    const before = nodeTable((await exportNetworkGraph(t.db, request)).body);
    expect(before.get('Bea')).toMatchObject({ degree: '2', betweenness: '0.5' });
    expect(before.get('Ana')).toMatchObject({ degree: '1', betweenness: '0' });

    while (await runNextAnalysis(t.db)) {
      // run the queued analyses of all ties
    }
    const analysed = nodeTable((await exportNetworkGraph(t.db, request)).body);
    expect(analysed).toEqual(before);

    // A member who joined since is in the graph but not in the stored analysis: computed again.
    const dani = await buildPerson(t.db, { displayName: 'Dani' });
    await addMember(t.db, network.id, { personId: dani.id });
    const after = nodeTable((await exportNetworkGraph(t.db, request)).body);
    expect(after.get('Dani')).toMatchObject({ degree: '0', betweenness: '0' });
    expect(after.get('Bea')).toMatchObject({ degree: '2', betweenness: String(1 / 6) });
    const graphml = (await exportNetworkGraph(t.db, { ...request, format: 'graphml' })).body;
    expect(graphml).toContain('attr.name="betweenness"');
  });
});
