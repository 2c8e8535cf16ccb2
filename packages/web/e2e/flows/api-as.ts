/** A signed-in API client for a demo account, for browser flows that set their scene through the API. */
import type { Account } from '../support/region.ts';
import type { BrowserSuite } from '../support/suite.ts';

export async function apiAs(suite: BrowserSuite, account: Account) {
  const { request } = await suite.newContext();
  const session = await request.post('/api/v1/session', {
    data: { email: account.email, password: account.password },
  });
  if (session.status() !== 201) throw new Error(`sign-in failed: ${session.status()}`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const send = async (method: 'post' | 'put', path: string, data: unknown) => {
    const response = await request[method](path, { data, headers: { 'X-CSRF-Token': csrfToken } });
    if (response.status() >= 300)
      throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const get = async <T>(path: string) => {
    const response = await request.get(path);
    if (response.status() !== 200) throw new Error(`GET ${path}: ${response.status()}`);
    return (await response.json()) as T;
  };
  return { send, get };
}
