import * as client from 'openid-client';

/** One identity provider, from the environment (config.ts: TRELLIS_OIDC_*). */
export interface OidcSettings {
  /** The issuer URL, whose `/.well-known/openid-configuration` describes the provider. */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE alone). */
  clientSecret: string | undefined;
  /** The button's text after "Sign in with" (the school's or service's name). */
  label: string;
}

/** Where the provider sends the browser back: under the public URL, registered with the provider. */
export const OIDC_CALLBACK_PATH = '/api/oidc/callback';
export const OIDC_START_PATH = '/api/oidc/start';

/** What a sign-in must match when it comes back (kept server-side, see oidc.table.ts). */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who the provider says signed in. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
}

/** A provider failed the exchange or the checks (state, nonce, PKCE, signature, a used code). */
export class OidcExchangeError extends Error {}

/** Plain HTTP only for a provider on this machine (a test's, a developer's); anything else is HTTPS. */
const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * The relying party for one provider: discovery happens on first use (and again after it failed),
 * so a provider that is down at start-up does not stop Trellis from starting.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;
  readonly redirectUri: string;

  constructor(
    readonly settings: OidcSettings,
    publicUrl: string,
  ) {
    this.redirectUri = new URL(OIDC_CALLBACK_PATH, publicUrl).href;
  }

  private configure(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    this.configuration ??= client
      .discovery(
        issuer,
        this.settings.clientId,
        { redirect_uris: [this.redirectUri], response_types: ['code'] },
        this.settings.clientSecret === undefined
          ? client.None()
          : client.ClientSecretBasic(this.settings.clientSecret),
        isLoopback(issuer) && issuer.protocol === 'http:'
          ? { execute: [client.allowInsecureRequests] }
          : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorization URL for a fresh sign-in, and the checks its answer must pass. */
  async begin(): Promise<{ url: URL; checks: OidcChecks }> {
    const configuration = await this.configure();
    const checks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url, checks };
  }

  /**
   * Exchanges the code in the provider's answer (the callback's query) for a verified ID token,
   * checking state, nonce and PKCE; the email comes from the ID token or, when it is not there,
   * from the user-info endpoint.
   */
  async finish(query: string, checks: OidcChecks): Promise<OidcIdentity> {
    try {
      const configuration = await this.configure();
      const current = new URL(this.redirectUri);
      current.search = query;
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      let email = claims.email;
      let verified = claims.email_verified;
      if (typeof email !== 'string') {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        email = info.email;
        verified = info.email_verified;
      }
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof email === 'string' ? email.trim().toLowerCase() : undefined,
        emailVerified: verified === true,
      };
    } catch (error) {
      throw new OidcExchangeError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  }
}
