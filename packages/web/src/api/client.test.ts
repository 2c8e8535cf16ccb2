import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setApiLanguage } from './client.ts';

const answer = (status: number, body: unknown) =>
  vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));

describe('api', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setApiLanguage('en');
  });

  it('keeps a code from the catalogue, with its field issues', async () => {
    const issues = [{ path: 'scopes.0', message: 'Invalid option' }];
    vi.stubGlobal(
      'fetch',
      answer(400, { error: { code: 'VALIDATION_FAILED', message: 'bad', details: { issues } } }),
    );
    const error = await api('/networks').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', issues });
  });

  it('names a code the catalogue does not have by its status', async () => {
    vi.stubGlobal('fetch', answer(418, { error: { code: 'TEAPOT', message: 'no' } }));
    await expect(api('/networks')).rejects.toMatchObject({ status: 418, code: 'HTTP_418' });
  });

  it('says in the app’s language when the server could not be reached or sent no message', async () => {
    setApiLanguage('es');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(api('/networks')).rejects.toMatchObject({
      code: 'NETWORK',
      message: 'No se ha podido contactar con el servidor.',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('oops', { status: 502 }))),
    );
    await expect(api('/networks')).rejects.toMatchObject({
      code: 'HTTP_502',
      message: 'El servidor respondió 502.',
    });
    setApiLanguage('en');
    await expect(api('/networks')).rejects.toMatchObject({ message: 'The server answered 502.' });
  });

  it('only takes codes the server can send (a misspelt one fails the type check)', () => {
    // @ts-expect-error: not a code of the server's catalogue (shared/error-codes.ts)
    const misspelt = new ApiError(409, 'CONFLICTED', 'taken');
    expect(new ApiError(409, 'CONFLICT', 'taken').code).not.toBe(misspelt.code);
  });
});
