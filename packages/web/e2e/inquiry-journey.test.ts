/**
 * The web app in a real browser, against the real server on the demo region: a team's inquiry
 * from question to decision, through the forms alone (flows/inquiry-journey.flows.ts).
 */
import { describe } from 'vitest';
import { inquiryJourneyFlows } from './flows/inquiry-journey.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: an inquiry’s journey', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  inquiryJourneyFlows(suite);
});
