/**
 * The web app in a real browser, against the real server on the demo region: an inquiry's pages
 * as its team member, the network's evaluator and a stranger (flows/inquiries.flows.ts).
 */
import { describe } from 'vitest';
import { inquiryFlows } from './flows/inquiries.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: inquiries', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  inquiryFlows(suite);
});
