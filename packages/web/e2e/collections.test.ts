/**
 * The web app in a real browser, against the real server on the demo region.
 * The knowledge bank’s collections, curated: create, fill, reorder, edit, delete; bank activity.
 *
 * The file has its own server and region (see networks.test.ts); the flows run in order.
 */
import { describe } from 'vitest';
import { collectionFlows } from './flows/collections.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: collections', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  collectionFlows(suite);
});
