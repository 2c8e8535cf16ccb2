/**
 * The web app in a real browser, against the real server on the demo region.
 * The knowledge bank’s practices: the list, a practice’s evidence balance and travel, its forms.
 *
 * The file has its own server and region (see networks.test.ts); the flows run in order.
 */
import { describe } from 'vitest';
import { practiceFlows } from './flows/practices.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: practices', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  practiceFlows(suite);
});
