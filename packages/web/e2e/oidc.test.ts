/**
 * Sign-in with a school's identity provider (OpenID Connect), in a real browser: the sign-in
 * page's button goes to a local provider (the `oidc-provider` package) and back, signed in; an
 * email Trellis does not know comes back to the sign-in page, which says so. This file starts its
 * own small server (one person, no demo region) beside the provider.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../server/src/accounts/accounts.table.js';
import { OIDC_CALLBACK_PATH, OidcClient } from '../../server/src/accounts/oidc-client.js';
import { createApp, type App } from '../../server/src/app.js';
import type { DatabaseConnection } from '../../server/src/db/database.js';
import { openDatabase } from '../../server/src/db/open.js';
import { people } from '../../server/src/people/people.table.js';
import { buildPerson } from '../../server/src/test-support/factories.js';
import {
  loadOidcProvider,
  startTestProvider,
  type TestProvider,
} from '../../server/src/test-support/oidc-test-provider.js';
import { expectAccessible } from './support/axe.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { assertWebAppBuilt, WEB_ROOT } from './support/server.ts';
import { arriveAt } from './support/suite.ts';

const canRunBrowser = chromiumAvailable();
// loadOidcProvider throws on CI when the package is missing, so CI fails rather than skips.
const Provider = canRunBrowser ? await loadOidcProvider() : undefined;
if (canRunBrowser) assertWebAppBuilt();

describe.skipIf(!canRunBrowser || !Provider)('Trellis in a browser: sign-in with a school account', () => {
  const t = {} as {
    connection: DatabaseConnection;
    app: App;
    server: ServerType;
    url: string;
    idp: TestProvider;
    browser: Browser;
  };

  beforeAll(async () => {
    t.connection = await openDatabase({ dataDir: 'memory://' });
    t.server = serve({ fetch: (request, env) => t.app.fetch(request, env), port: 0, hostname: '127.0.0.1' });
    await new Promise((done) => t.server.once('listening', done));
    t.url = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
    t.idp = await startTestProvider(Provider, [`${t.url}${OIDC_CALLBACK_PATH}`]);
    const oidc = new OidcClient(
      {
        issuer: t.idp.issuer,
        clientId: t.idp.clientId,
        clientSecret: t.idp.clientSecret,
        label: 'Escuela Alba',
      },
      t.url,
    );
    t.app = createApp({ db: t.connection.db, publicUrl: t.url, oidc, webRoot: WEB_ROOT });
    t.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await t.browser?.close();
    await new Promise((done) => t.server?.close(done));
    await t.idp?.close();
    await t.connection?.close();
  });

  async function freshPage() {
    const context = await t.browser.newContext({ locale: 'en-GB', baseURL: t.url });
    context.setDefaultTimeout(10_000);
    return context.newPage();
  }

  it('signs in with the school account from the sign-in page and comes back to the page that asked', async () => {
    await buildPerson(t.connection.db, { displayName: 'Lucía Ferrer', email: 'lucia@alba.example' });
    t.idp.signInNext({ sub: 'lucia-1', email: 'lucia@alba.example', email_verified: true });
    const page = await freshPage();
    await page.goto('/sign-in?next=/networks');
    await arriveAt(page, 'Sign in to Trellis', 'sign-in page with a provider');
    await page.getByRole('link', { name: 'Sign in with Escuela Alba' }).click();
    await page.getByText('Signed in as Lucía Ferrer').waitFor();
    expect(new URL(page.url()).pathname).toBe('/networks');
    await page.context().close();
  });

  it('says, in the reader’s language, that an email is not known to Trellis', async () => {
    t.idp.signInNext({ sub: 'stranger-1', email: 'stranger@elsewhere.example', email_verified: true });
    const page = await freshPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Sign in with Escuela Alba' }).click();
    await page.getByRole('alert').getByText('is not known to Trellis').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page, 'sign-in page after an unknown email');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page.getByRole('alert').getByText('Trellis no conoce la dirección de correo').waitFor();
    await page.context().close();
  });
  it('lets someone without a password erase their account after signing in again at the provider', async () => {
    const person = await buildPerson(t.connection.db, {
      displayName: 'Marta Vidal',
      email: 'marta@alba.example',
    });
    t.idp.signInNext({ sub: 'marta-1', email: 'marta@alba.example', email_verified: true });
    const page = await freshPage();
    await page.goto('/sign-in?next=/your-data');
    await page.getByRole('link', { name: 'Sign in with Escuela Alba' }).click();
    await arriveAt(page, 'Your data', 'your data, just signed in');
    // Half an hour later the sign-in no longer confirms it is her: she is asked to sign in again.
    await t.connection.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 30 * 60_000) })
      .where(eq(sessions.personId, person.id));
    await page.reload();
    const again = page.getByRole('link', { name: 'Sign in again with Escuela Alba' });
    await again.waitFor();
    expect(await page.getByLabel('Your password').count()).toBe(0);
    await expectAccessible(page, 'your data, asked to sign in again');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page.getByRole('link', { name: 'Volver a iniciar sesión con Escuela Alba' }).waitFor();
    await expectAccessible(page, 'your data, asked to sign in again, in Spanish');
    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();

    t.idp.signInNext({ sub: 'marta-1', email: 'marta@alba.example', email_verified: true });
    await again.click();
    await arriveAt(page, 'Your data', 'your data, signed in again');
    await page.getByText('You signed in a moment ago, which confirms that it is you.').waitFor();
    await page.getByRole('button', { name: 'Erase my account…' }).click();
    await page.getByRole('button', { name: 'Yes, erase my account' }).click();
    await arriveAt(page, 'Your account has been erased', 'account erased');
    expect(await t.connection.db.select().from(people).where(eq(people.id, person.id))).toEqual([]);
    await page.context().close();
  });
});
