/**
 * The web app in a real browser, against the real server on the demo region.
 * Members: the network page's summary, the members page, adding members one by one and from a
 * file; and network pages' words (a name that exists, an edit page one may not use).
 *
 * This file has its own server and demo region (see networks.test.ts); the flows run in order.
 */
import { describe } from 'vitest';
import { memberFlows } from './flows/members.flows.ts';
import { networkWordsFlows } from './flows/network-words.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: members', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  memberFlows(suite);
  networkWordsFlows(suite);
});
