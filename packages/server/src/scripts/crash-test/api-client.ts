/** A signed-in HTTP client for the crash test: it keeps its session cookie and CSRF token across server restarts. */

export interface Answer<T> {
  status: number;
  body: T;
}

/** How long one request may take before the test gives up on it (a healthy server answers in milliseconds). */
const REQUEST_TIMEOUT_MS = 30_000;

export class ApiClient {
  /** Where the server listens now: each start picks a free port. */
  base = '';
  private cookie = '';
  private csrfToken = '';

  /** Signs in; the session is stored in the database, so it outlives every restart that follows. */
  async signIn(email: string, password: string): Promise<{ personId: string }> {
    const response = await fetch(`${this.base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json()) as { csrfToken: string; person: { id: string } };
    if (response.status !== 201) throw new Error(`sign-in as ${email} answered ${response.status}`);
    this.cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
    this.csrfToken = body.csrfToken;
    return { personId: body.person.id };
  }

  get<T>(path: string): Promise<Answer<T>> {
    return this.request<T>('GET', path);
  }

  /** A write; rejects when no answer comes (the server was killed while it was in flight). */
  write<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<Answer<T>> {
    return this.request<T>(method, path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }
}
