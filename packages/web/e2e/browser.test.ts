/**
 * The web app in a real browser, against the real server on the demo region. One server and one
 * browser serve every flow (building the demo region takes seconds; doing it per file would
 * dominate the run); each test still gets a fresh browser context. The flows run in the order
 * below and are written so that what one changes (a new member, an edited goal) does not matter
 * to the others.
 */
import { describe } from 'vitest';
import { analysisFlows } from './flows/analysis.flows.ts';
import { createFlows } from './flows/create.flows.ts';
import { directoryFlows } from './flows/directory.flows.ts';
import { languageFlows } from './flows/language.flows.ts';
import { networkFlows } from './flows/network.flows.ts';
import { profileFlows } from './flows/profiles.flows.ts';
import { sessionFlows } from './flows/session.flows.ts';
import { surveyFlows } from './flows/surveys.flows.ts';
import { suggestionFlows } from './flows/suggestions.flows.ts';
import { yourDataFlows } from './flows/your-data.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser', () => {
  const suite = useBrowserSuite();
  directoryFlows(suite);
  networkFlows(suite);
  createFlows(suite);
  profileFlows(suite);
  suggestionFlows(suite);
  sessionFlows(suite);
  languageFlows(suite);
  surveyFlows(suite);
  analysisFlows(suite);
  yourDataFlows(suite);
});
