import { describe, expect, it } from 'vitest';
import type { AnalysisSummary } from './analysis.types.ts';
import { latestAnalysedWave, pickAnalyses, readNodeQuery, readSelection, withParams } from './selection.ts';

const WAVE = '0b7c6f5e-1a2b-4c3d-8e9f-001122334455';

const analysis = (
  id: string,
  status: AnalysisSummary['status'],
  waveId: string | null = null,
): AnalysisSummary => ({
  id,
  networkId: 'n',
  waveId,
  relation: null,
  level: 'people',
  status,
  error: null,
  requestedAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
  graph: null,
});

describe('readSelection', () => {
  it('reads a level, a wave and a relation from the address', () => {
    const params = new URLSearchParams({ level: 'organisations', wave: WAVE, relation: 'advice' });
    expect(readSelection(params)).toEqual({ level: 'organisations', waveId: WAVE, relation: 'advice' });
  });

  it('falls back to people, all waves and all relations for values it does not know', () => {
    const params = new URLSearchParams({ level: 'schools', wave: 'not-a-wave', relation: 'gossip' });
    expect(readSelection(params)).toEqual({ level: 'people', waveId: null, relation: null });
  });
});

describe('the default wave', () => {
  it('opens on the latest analysed wave when the address names none, and on all ties for wave=all', () => {
    expect(readSelection(new URLSearchParams(), WAVE).waveId).toBe(WAVE);
    expect(readSelection(new URLSearchParams({ wave: 'all' }), WAVE).waveId).toBeNull();
  });

  it('picks the latest wave by opening date and number that has a finished analysis', () => {
    const waves = [
      { id: 'w1', opensOn: '2026-01-10', number: 1 },
      { id: 'w2', opensOn: '2026-03-01', number: 2 },
      { id: 'w3', opensOn: '2026-05-01', number: 3 },
    ];
    // w2's finished after w1's; w3 is still running; the list's order does not matter.
    const items = [
      analysis('a3', 'running', 'w3'),
      analysis('a1', 'done', 'w1'),
      analysis('a2', 'done', 'w2'),
    ];
    expect(latestAnalysedWave(items, waves, 'people', null)).toBe('w2');
    expect(latestAnalysedWave(items, waves, 'organisations', null)).toBeNull();
    expect(latestAnalysedWave([analysis('all', 'done')], waves, 'people', null)).toBeNull();
  });
});

describe('readNodeQuery', () => {
  it('turns the page number into an offset and reads the filters', () => {
    const params = new URLSearchParams({
      page: '3',
      sort: 'constraint',
      order: 'asc',
      cutPoint: 'true',
      role: 'liaison',
      community: '2',
    });
    expect(readNodeQuery(params)).toMatchObject({
      sort: 'constraint',
      order: 'asc',
      offset: 50,
      cutPoint: true,
      brokerageRole: 'liaison',
      community: 2,
      isolate: undefined,
    });
  });

  it('ignores a page, sort or community it cannot read', () => {
    const query = readNodeQuery(new URLSearchParams({ page: '-4', sort: 'name', community: 'x' }));
    expect(query).toMatchObject({ offset: 0, sort: 'betweenness', order: 'desc', community: undefined });
  });
});

describe('withParams', () => {
  it('sets values and removes empty ones', () => {
    const next = withParams(new URLSearchParams('view=table&isolate=true'), { isolate: null, page: 2 });
    expect(next.toString()).toBe('view=table&page=2');
  });
});

describe('pickAnalyses', () => {
  it('shows the newest finished analysis and notes a newer one in progress', () => {
    const items = [analysis('c', 'running'), analysis('b', 'done'), analysis('a', 'done')];
    const picked = pickAnalyses(items, { level: 'people', waveId: null, relation: null });
    expect(picked.done?.id).toBe('b');
    expect(picked.inProgress?.id).toBe('c');
    expect(picked.failed).toBeUndefined();
  });

  it('reports a failure only when it is the newest attempt', () => {
    const failedLast = pickAnalyses([analysis('b', 'failed'), analysis('a', 'done')], {
      level: 'people',
      waveId: null,
      relation: null,
    });
    expect(failedLast.failed?.id).toBe('b');
    const retried = pickAnalyses([analysis('c', 'queued'), analysis('b', 'failed')], {
      level: 'people',
      waveId: null,
      relation: null,
    });
    expect(retried).toMatchObject({ done: undefined, failed: undefined, inProgress: { id: 'c' } });
  });

  it('keeps to the selected wave', () => {
    const items = [analysis('w', 'done', WAVE), analysis('all', 'done')];
    expect(pickAnalyses(items, { level: 'people', waveId: WAVE, relation: null }).done?.id).toBe('w');
    expect(pickAnalyses(items, { level: 'people', waveId: null, relation: null }).done?.id).toBe('all');
  });
});
