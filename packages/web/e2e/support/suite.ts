/**
 * Shared set-up for browser tests: one server and one browser per file, a fresh browser context
 * (cookies, storage) per test, and helpers that act like a person would.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { Database } from '../../../server/src/db/database.js';
import { expectAccessible } from './axe.ts';
import { chromiumAvailable, launchBrowser } from './browser.ts';
import type { Account, SeededRegion } from './region.ts';
import { assertWebAppBuilt, startTestServer, type TestServer } from './server.ts';

export const canRunBrowser = chromiumAvailable();
if (canRunBrowser) assertWebAppBuilt();

const SET_UP_TIMEOUT_MS = 600_000;

const DEFAULT_CONTEXT: BrowserContextOptions = { locale: 'en-GB', viewport: { width: 1280, height: 900 } };

export interface BrowserSuite {
  readonly url: string;
  readonly region: SeededRegion;
  /** The server's database, for set-up that no page offers. */
  readonly db: Database;
  readonly page: Page;
  /** Another fresh context (a second device), closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Registers the hooks; read `page`, `region` and `url` inside tests. */
export function useBrowserSuite(contextOptions: BrowserContextOptions = {}): BrowserSuite {
  let server: TestServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let page: Page;
  const pageErrors: string[] = [];

  // Building the demo region takes seconds alone, much longer while other files run beside it.
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  }, SET_UP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({
      ...DEFAULT_CONTEXT,
      ...contextOptions,
      ...options,
      baseURL: server.url,
    });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context;
  };
  beforeEach(async () => {
    page = await (await newContext()).newPage();
    // Errors in the app's own code fail the test, rather than going unnoticed.
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    const errors = pageErrors.splice(0);
    if (errors.length > 0) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
  });

  return {
    get url() {
      return server.url;
    },
    get region() {
      return server.region;
    },
    get db() {
      return server.db;
    },
    get page() {
      return page;
    },
    newContext,
  };
}

/** The page's `<h1>`, once it has this text. */
export function heading(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name });
}

/** Waits for a page's heading, then checks the page with axe. */
export async function arriveAt(page: Page, name: string | RegExp, label = String(name)): Promise<void> {
  await heading(page, name).waitFor();
  await expectAccessible(page, label);
}

/** Waits until the status region says `text`. */
export async function expectStatus(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

/**
 * Presses Tab until `target` has focus, as a keyboard user would reach it; fails if it takes more
 * than `maxPresses` (the control is then not reachable in a sensible tab order, or not at all).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} was not reached within ${maxPresses} presses of Tab.`);
}

/** Signs in through the form (in English), starting from `path`; `signedIn` is the header's confirmation. */
export async function signIn(
  page: Page,
  account: Account,
  path = '/',
  signedIn = `Signed in as ${account.name}`,
): Promise<void> {
  await page.goto(path);
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await arriveAt(page, 'Sign in to Trellis', 'sign-in page');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(signedIn).waitFor();
}
