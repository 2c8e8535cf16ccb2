/**
 * Drives the app through `app.request` (no socket), like a browser would: it keeps the session
 * cookie and sends the CSRF token with writes.
 */
import type { App } from '../app.js';
import { TEST_PASSWORD } from './factories.js';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class TestClient {
  /** The cookies the server set (name → value), sent back on every request as a browser would. */
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  /** The Cookie header this client sends (`a=1; b=2`); settable to replay another client's cookies. */
  get cookie(): string | undefined {
    return this.cookies.size
      ? [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
      : undefined;
  }
  set cookie(header: string | undefined) {
    this.cookies.clear();
    for (const pair of header?.split(';') ?? []) {
      const [name, ...value] = pair.trim().split('=');
      if (name) this.cookies.set(name, value.join('='));
    }
  }

  constructor(private readonly app: App) {}

  /** Signs in; throws if the server refuses. */
  async signIn(email: string, password = TEST_PASSWORD): Promise<this> {
    const response = await this.request('POST', '/api/v1/session', { email, password });
    if (response.status !== 201)
      throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
    this.csrfToken = (response.body as { csrfToken: string }).csrfToken;
    return this;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    const binary = body instanceof Uint8Array;
    if (body !== undefined)
      headers['content-type'] ??= binary ? 'application/octet-stream' : 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in extraHeaders))
      headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.request(path, {
      method,
      headers,
      body:
        body === undefined
          ? undefined
          : binary
            ? (body as Uint8Array<ArrayBuffer>)
            : typeof body === 'string'
              ? body
              : JSON.stringify(body),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const [name = '', ...value] = pair.split('=');
      // An emptied cookie (sign-out) is deleted, as a browser does.
      if (value.join('=')) this.cookies.set(name, value.join('='));
      else this.cookies.delete(name);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }
}
