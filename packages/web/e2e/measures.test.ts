/**
 * The web app in a real browser, against the real server on the demo region: an inquiry's
 * measures, a measure's run and SPC charts and their signals, data entry and import, the
 * network's "what works here" and the evidence from use on a practice (flows/measures.flows.ts).
 */
import { describe } from 'vitest';
import { measureFlows } from './flows/measures.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: measures', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  measureFlows(suite);
});
