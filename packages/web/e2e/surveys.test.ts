/**
 * The web app in a real browser, against the real server on the demo region.
 * Surveys and their analysis: a wave from creation to closing, then the analysis pages.
 *
 * Each browser test file has its own server and demo region, so the files run in parallel (one
 * per vitest worker); each test gets a fresh browser context. Within a file the flows run in the
 * order below, not shuffled: they share the file's region, and are written so that what one
 * changes (a new member, an edited goal) does not matter to the others.
 */
import { describe } from 'vitest';
import { analysisFlows } from './flows/analysis.flows.ts';
import { surveyFlows } from './flows/surveys.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: surveys', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  surveyFlows(suite);
  analysisFlows(suite);
});
