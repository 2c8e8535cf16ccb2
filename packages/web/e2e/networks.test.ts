/**
 * The web app in a real browser, against the real server on the demo region.
 * Networks: the directory, a network’s page, creating one, organisation and person profiles.
 *
 * Each browser test file has its own server and demo region, so the files run in parallel (one
 * per vitest worker); each test gets a fresh browser context. Within a file the flows run in the
 * order below, not shuffled: they share the file's region, and are written so that what one
 * changes (a new member, an edited goal) does not matter to the others.
 */
import { describe } from 'vitest';
import { createFlows } from './flows/create.flows.ts';
import { directoryFlows } from './flows/directory.flows.ts';
import { networkFlows } from './flows/network.flows.ts';
import { profileFlows } from './flows/profiles.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: networks', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  directoryFlows(suite);
  networkFlows(suite);
  createFlows(suite);
  profileFlows(suite);
});
