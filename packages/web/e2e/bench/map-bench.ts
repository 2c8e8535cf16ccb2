/**
 * `npm run bench:map`: the network map in headless Chromium against a real Trellis server on the
 * demo region. For the full regional network's people map and, as the baseline, the showcase
 * network's, it measures in the page the time from navigation start to sigma's first drawn frame
 * (a performance mark set on its first `afterRender`), and the frame rate while the map is
 * dragged and zoomed for three seconds (requestAnimationFrame callbacks per second, beside the
 * same count on an idle page). It prints the figures and ratios and rewrites its section of
 * docs/benchmarks.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createApp } from '../../../server/src/app.js';
import { DEFAULT_READ_CACHE } from '../../../server/src/cache/cached-reads.js';
import { queryRows, type Database } from '../../../server/src/db/database.js';
import { openDatabase } from '../../../server/src/db/open.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../server/src/demo/accounts.js';
import { buildDemoRegion } from '../../../server/src/demo/build-demo-region.js';
import { analyseNetwork, importAdviceTies } from '../support/analysis-ties.ts';
import { launchBrowser } from '../support/browser.ts';
import { assertWebAppBuilt, WEB_ROOT } from '../support/server.ts';

// The full regional network by default; TRELLIS_BENCH_LARGE names another (e.g. when the full
// network's analysis takes longer than one can wait on a shared machine).
const FULL = process.env.TRELLIS_BENCH_LARGE ?? 'red-regional-valdemar';
const SHOWCASE = 'lectura-compartida';
const RUNS = Number(process.env.TRELLIS_BENCH_RUNS ?? 3);
const MOVE_MS = 3_000;
const FIRST_FRAME_MARK = 'trellis:map-first-frame';
const BENCHMARKS_FILE = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
const ADMIN = DEMO_ACCOUNTS.find((account) => account.email.startsWith('admin@'))!;

interface MapFigures {
  nodes: number;
  edges: number;
  firstFrameMs: number;
  mapFetchMs: number;
  fps: number;
}

/** Makes sure a network has ties and a finished people analysis with its map; says where the ties came from. */
async function prepare(db: Database, slug: string): Promise<string> {
  const [existing] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ties t join networks n on n.id = t.network_id where n.slug = ${slug}`,
  );
  let source = `${existing?.n ?? 0} ties of the demo region`;
  // Until the demo region has survey waves, the ties are generated among the people of the
  // network and of the networks within it (all of the region's networks, for the regional one).
  if ((existing?.n ?? 0) < 100) {
    const generating = performance.now();
    const count = await importAdviceTies(db, slug, true);
    source = `${count.toLocaleString('en')} generated advice ties (among the people of it and the networks within it)`;
    console.log(`${slug}: ${source} in ${((performance.now() - generating) / 1000).toFixed(1)} s`);
  }
  const started = performance.now();
  await analyseNetwork(db, slug, 'people');
  console.log(
    `${slug}: analysed and laid out in ${((performance.now() - started) / 1000).toFixed(1)} s (${source})`,
  );
  return source;
}

/** Opens a network's map and measures it in the page. */
async function measureMap(page: Page, slug: string): Promise<MapFigures> {
  await page.goto(`/networks/${slug}/analysis`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_MARK, {
    timeout: 180_000,
  });
  const loaded = await page.evaluate((mark) => {
    const map = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/map')) as
      PerformanceResourceTiming | undefined;
    const label = document.querySelector('.map-canvas')?.getAttribute('aria-label') ?? '';
    const [nodes, edges] = (label.match(/[\d,.]+/g) ?? []).map((n) => Number(n.replace(/[,.]/g, '')));
    return {
      firstFrameMs: performance.getEntriesByName(mark)[0]!.startTime,
      mapFetchMs: map ? map.responseEnd - map.startTime : NaN,
      nodes: nodes ?? 0,
      edges: edges ?? 0,
    };
  }, FIRST_FRAME_MARK);
  return { ...loaded, fps: await framesPerSecond(page, true) };
}

/**
 * requestAnimationFrame callbacks per second over three seconds; with `move`, while the map is
 * dragged in circles and zoomed in and out, with the mouse events sigma listens to.
 */
function framesPerSecond(page: Page, move: boolean): Promise<number> {
  return page.evaluate(
    ({ duration, move }) =>
      new Promise<number>((resolve) => {
        const element = document.querySelector<HTMLElement>('.map-canvas');
        const box = element?.getBoundingClientRect();
        const x = box ? box.left + box.width / 2 : 0;
        const y = box ? box.top + box.height / 2 : 0;
        const mouse = (type: string, target: EventTarget, dx = 0, dy = 0) =>
          target.dispatchEvent(
            new MouseEvent(type, { clientX: x + dx, clientY: y + dy, button: 0, bubbles: true }),
          );
        if (move && element) mouse('mousedown', element);
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames += 1;
          const seconds = (now - start) / 1000;
          if (move && element) {
            mouse('mousemove', document, 120 * Math.sin(seconds * 4), 80 * Math.cos(seconds * 4));
            if (frames % 15 === 0) {
              const deltaY = Math.floor(frames / 45) % 2 === 0 ? -120 : 120;
              element.dispatchEvent(
                new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true }),
              );
            }
          }
          if (now - start < duration) requestAnimationFrame(tick);
          else {
            if (move && element) mouse('mouseup', document);
            resolve((frames * 1000) / (now - start));
          }
        };
        requestAnimationFrame(tick);
      }),
    { duration: MOVE_MS, move },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function medianFigures(runs: MapFigures[]): MapFigures {
  return {
    nodes: runs[0]!.nodes,
    edges: runs[0]!.edges,
    firstFrameMs: median(runs.map((run) => run.firstFrameMs)),
    mapFetchMs: median(runs.map((run) => run.mapFetchMs)),
    fps: median(runs.map((run) => run.fps)),
  };
}

async function main() {
  assertWebAppBuilt();
  const startedAt = new Date();
  const loadAtStart = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  const connection = await openDatabase({ dataDir: 'memory://' });
  const db = connection.db;
  console.log('Building the demo region…');
  await buildDemoRegion(db);
  const fullSource = await prepare(db, FULL);
  const showcaseSource = await prepare(db, SHOWCASE);
  const app = createApp({
    db,
    webRoot: WEB_ROOT,
    changes: connection.changes,
    cacheReads: DEFAULT_READ_CACHE,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      baseURL: url,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const signedIn = await context.request.post('/api/v1/session', {
      data: { email: ADMIN.email, password: DEMO_PASSWORD },
    });
    if (!signedIn.ok()) throw new Error(`Signing in failed: ${signedIn.status()}`);
    // tsx keeps function names with a `__name` helper that the page does not have.
    await context.addInitScript('window.__name = (target) => target');
    const page = await context.newPage();
    page.setDefaultTimeout(180_000);

    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const idleFps = await framesPerSecond(page, false);
    const directoryMs = await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);

    const measured: Record<string, MapFigures[]> = { [FULL]: [], [SHOWCASE]: [] };
    // The first visit of each also warms the server's read cache and the browser's code cache.
    for (let run = 0; run <= RUNS; run += 1) {
      for (const slug of [SHOWCASE, FULL]) {
        const figures = await measureMap(page, slug);
        console.log(`${run === 0 ? 'warm-up' : `run ${run}`} ${slug}: ${JSON.stringify(figures)}`);
        if (run > 0) measured[slug]!.push(figures);
      }
    }
    const full = medianFigures(measured[FULL]!);
    const showcase = medianFigures(measured[SHOWCASE]!);
    const section = report({
      startedAt,
      loadAtStart,
      loadAtEnd: loadavg()
        .map((n) => n.toFixed(2))
        .join(' '),
      full,
      showcase,
      idleFps,
      directoryMs,
      fullSource,
      showcaseSource,
    });
    console.log(`\n${section}`);
    await writeSection(section);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
    await connection.close();
  }
}

interface Report {
  startedAt: Date;
  loadAtStart: string;
  loadAtEnd: string;
  full: MapFigures;
  showcase: MapFigures;
  idleFps: number;
  directoryMs: number;
  fullSource: string;
  showcaseSource: string;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

function report(r: Report): string {
  const row = (name: string, f: MapFigures) =>
    `| ${name} | ${f.nodes.toLocaleString('en')} | ${f.edges.toLocaleString('en')} | ${ms(f.mapFetchMs)} | ${ms(f.firstFrameMs)} | ${ratio(f.firstFrameMs, r.showcase.firstFrameMs)} | ${f.fps.toFixed(1)} | ${ratio(f.fps, r.idleFps)} |`;
  const when = r.startedAt.toISOString().slice(0, 16).replace('T', ' ');
  return [
    '<!-- map:start -->',
    '## The network map in the browser',
    '',
    `Generated by \`npm run bench:map\` on ${when} UTC (${cpus()[0]?.model.split(' ')[0] ?? 'CPU'}, ${cpus().length} cores,`,
    `Node.js ${process.version}; load average ${r.loadAtStart} at the start, ${r.loadAtEnd} at the end).`,
    '',
    '- A real server (in this process, PGlite in memory, the read cache on) on the demo region, and',
    '  headless Chromium (`/usr/bin/chromium`, no GPU: WebGL runs on the CPU through SwiftShader,',
    '  the slowest case) signed in as the demo administrator, at 1280×900.',
    `- Ties: the large network \`${FULL}\` has ${r.fullSource}; the showcase \`${SHOWCASE}\` ${r.showcaseSource}.`,
    '  Each has a finished people analysis whose map (ForceAtlas2 layout) is stored before the browser opens it.',
    '- "First frame" is measured in the page: from navigation start to sigma’s first drawn frame',
    '  (a performance mark on its first `afterRender`); it includes loading the app and the map chunk,',
    '  fetching the stored map, building the graphology graph and drawing. "Map fetch" is the',
    '  `GET /analyses/{id}/map` request alone (resource timing). Baseline: the showcase network.',
    `- "Frames/s" counts requestAnimationFrame callbacks while the map is dragged in circles and zoomed`,
    `  in and out for ${MOVE_MS / 1000} s (the mouse events sigma listens to), against the same count on the idle`,
    `  directory page (${r.idleFps.toFixed(1)} frames/s). Edges are hidden while moving (\`hideEdgesOnMove\`).`,
    `- Medians of ${RUNS} runs after a warm-up visit. The directory page loads in ${ms(r.directoryMs)} (navigation duration).`,
    '',
    '| network | nodes | ties | map fetch | first frame | of showcase | frames/s moving | of idle |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row(`showcase (\`${SHOWCASE}\`)`, r.showcase),
    row(`${FULL === 'red-regional-valdemar' ? 'full' : 'large'} (\`${FULL}\`)`, r.full),
    '<!-- map:end -->',
  ].join('\n');
}

/** Replaces the text between the map markers in docs/benchmarks.md, or adds the section at the end. */
async function writeSection(section: string) {
  const text = await readFile(BENCHMARKS_FILE, 'utf8');
  const pattern = /<!-- map:start -->[\s\S]*<!-- map:end -->/;
  const next = pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`;
  await writeFile(BENCHMARKS_FILE, next);
  console.log(`Wrote the map section of ${BENCHMARKS_FILE}.`);
}

await main();
