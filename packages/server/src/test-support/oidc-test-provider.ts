/**
 * A local OpenID Connect provider for tests (the `oidc-provider` package, a devDependency): it
 * signs in whoever the test names next, with the claims the test gave them, and skips consent.
 * On CI a missing package is a failure (`loadOidcProvider` throws), elsewhere the caller skips.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestIdentity {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the provider's next login prompt. */
  signInNext(identity: TestIdentity): void;
  close(): Promise<void>;
}

// Named through a variable: the package has no types, and this is the only place that loads it.
const PACKAGE = 'oidc-provider';

/** The provider's constructor, or undefined when the package is not installed (never on CI). */
export async function loadOidcProvider(): Promise<unknown> {
  try {
    return ((await import(PACKAGE)) as { default: unknown }).default;
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(`${PACKAGE} is needed for the OIDC tests`, { cause: error });
    return undefined;
  }
}

export async function startTestProvider(Provider: any, redirectUris: string[]): Promise<TestProvider> {
  const handler: { current?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const server = createServer((req, res) => handler.current!(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const identities = new Map<string, TestIdentity>();
  let next: TestIdentity | undefined;
  const clientId = 'trellis';
  const clientSecret = 'a-test-client-secret-that-is-long-enough';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    cookies: { keys: ['a-test-cookie-key'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const identity = identities.get(sub);
      return identity && { accountId: sub, claims: () => ({ ...identity }) };
    },
    // Consent is taken as given: the test is about Trellis, not the provider's screens.
    loadExistingGrant: async (ctx: any) => {
      const grantId =
        ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', () => undefined);
  const callback = provider.callback();
  handler.current = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    // The login prompt: whoever the test named signs in at once.
    void (async () => {
      await provider.interactionDetails(req, res);
      const identity = next ?? { sub: 'nobody' };
      identities.set(identity.sub, identity);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: identity.sub } },
        {
          mergeWithLastSubmission: false,
        },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  };
  return {
    issuer,
    clientId,
    clientSecret,
    signInNext: (identity) => {
      next = identity;
      identities.set(identity.sub, identity);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A browser's cookies, enough for following redirects between two local servers with fetch. */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  store(url: string, response: Response) {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = /max-age=0\b/i.test(header) || /expires=Thu, 01 Jan 1970/i.test(header);
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(host, jar);
  }

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).host);
    return jar ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }

  get(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).host)?.get(name);
  }

  set(url: string, name: string, value: string) {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    jar.set(name, value);
    this.cookies.set(host, jar);
  }
}

/** One request with the jar's cookies, redirects not followed. */
export async function fetchWithJar(jar: CookieJar, url: string): Promise<Response> {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
  jar.store(url, response);
  return response;
}

/**
 * Follows redirects from `url` with the jar until an answer that is not a redirect or that leaves
 * for `stopAt` (an origin); returns every URL visited and the last answer.
 */
export async function follow(jar: CookieJar, url: string, stopAt?: string) {
  const visited: string[] = [];
  let current = url;
  for (let hop = 0; hop < 20; hop += 1) {
    visited.push(current);
    const response = await fetchWithJar(jar, current);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location)
      return { visited, response, url: current };
    const nextUrl = new URL(location, current).href;
    if (stopAt && nextUrl.startsWith(stopAt) && !nextUrl.startsWith(`${stopAt}/api/`)) {
      return { visited: [...visited, nextUrl], response, url: nextUrl };
    }
    current = nextUrl;
  }
  throw new Error(`Too many redirects from ${url}`);
}
