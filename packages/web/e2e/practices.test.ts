/**
 * The web app in a real browser, against the real server on the demo region.
 * The knowledge bank’s practices: the list, a practice’s evidence balance and travel, its forms,
 * and writing them (recording, editing and deleting practices, evidence and adoptions).
 *
 * The file has its own server and region (see networks.test.ts); the flows run in order.
 */
import { describe } from 'vitest';
import { practiceEditingFlows } from './flows/practice-editing.flows.ts';
import { practiceFlows } from './flows/practices.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: practices', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  // Writing first: it leaves the region as the reading flows expect it (see its header).
  practiceEditingFlows(suite);
  practiceFlows(suite);
});
