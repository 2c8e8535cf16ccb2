/**
 * The web app in a real browser, against the real server on the demo region.
 * The knowledge bank's resources: search, a resource's page, adapting it, the editor and drafts.
 *
 * The file has its own server and region (see networks.test.ts); the flows run in order.
 */
import { describe } from 'vitest';
import { resourceFlows } from './flows/resources.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: resources', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  resourceFlows(suite);
});
