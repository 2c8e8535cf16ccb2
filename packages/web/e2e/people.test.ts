/**
 * The web app in a real browser, against the real server on the demo region.
 * People: suggested connections, topic tags, signing in and out, the language, one’s own data (erasure last).
 *
 * Each browser test file has its own server and demo region, so the files run in parallel (one
 * per vitest worker); each test gets a fresh browser context. Within a file the flows run in the
 * order below, not shuffled: they share the file's region, and are written so that what one
 * changes (a new member, an edited goal) does not matter to the others.
 */
import { describe } from 'vitest';
import { languageFlows } from './flows/language.flows.ts';
import { sessionFlows } from './flows/session.flows.ts';
import { suggestionFlows } from './flows/suggestions.flows.ts';
import { topicFlows } from './flows/topics.flows.ts';
import { yourDataFlows } from './flows/your-data.flows.ts';
import { canRunBrowser, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: people', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  suggestionFlows(suite);
  topicFlows(suite);
  sessionFlows(suite);
  languageFlows(suite);
  yourDataFlows(suite);
});
