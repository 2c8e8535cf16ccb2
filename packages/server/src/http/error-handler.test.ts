import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, notFound, validationFailed } from '../shared/errors.js';
import { defineTexts, refinement } from '../shared/text.js';
import { handleError } from './error-handler.js';

const texts = defineTexts({
  closesBeforeOpens: {
    en: 'The wave cannot close before it opens.',
    es: 'La oleada no puede cerrarse antes de abrirse.',
  },
  notYours: { en: 'This survey belongs to another network.', es: 'Esta encuesta es de otra red.' },
});

const wave = z
  .object({ opensOn: z.iso.date(), closesOn: z.iso.date() })
  .refine((w) => w.closesOn >= w.opensOn, { ...refinement(texts.closesBeforeOpens), path: ['closesOn'] });

function app() {
  const hono = new Hono();
  hono.onError(handleError);
  hono.get('/field', () => {
    throw validationFailed([{ path: 'closesOn', message: texts.closesBeforeOpens }]);
  });
  hono.get('/whole', () => {
    throw new ApiError('FORBIDDEN', texts.notYours);
  });
  hono.get('/missing', () => {
    throw notFound('Network');
  });
  hono.get('/schema', () => {
    wave.parse({ opensOn: '2026-09-15', closesOn: '2026-09-01' });
    return new Response('unreachable');
  });
  return hono;
}

async function errorOf(path: string, language: string) {
  const response = await app().request(path, { headers: { 'accept-language': language } });
  return ((await response.json()) as { error: { message: string; details?: unknown } }).error;
}

describe('texts a domain declares in both languages', () => {
  it('answer a field issue in the caller’s language', async () => {
    expect(await errorOf('/field', 'es')).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'closesOn: La oleada no puede cerrarse antes de abrirse.',
      details: { issues: [{ path: 'closesOn', message: 'La oleada no puede cerrarse antes de abrirse.' }] },
    });
    expect((await errorOf('/field', 'en')).message).toBe('closesOn: The wave cannot close before it opens.');
  });

  it('answer a whole-request error in the caller’s language, and keep English for logs', async () => {
    expect(await errorOf('/whole', 'es-ES')).toEqual({
      code: 'FORBIDDEN',
      message: 'Esta encuesta es de otra red.',
    });
    expect(new ApiError('FORBIDDEN', texts.notYours).message).toBe('This survey belongs to another network.');
  });

  it('name what was not found in the caller’s language', async () => {
    expect(await errorOf('/missing', 'es')).toEqual({ code: 'NOT_FOUND', message: 'No se encontró la red.' });
    expect(await errorOf('/missing', 'en')).toEqual({ code: 'NOT_FOUND', message: 'Network not found.' });
  });

  it('answer a schema refinement in the caller’s language', async () => {
    expect(await errorOf('/schema', 'es')).toMatchObject({
      details: { issues: [{ path: 'closesOn', message: 'La oleada no puede cerrarse antes de abrirse.' }] },
    });
    expect(await errorOf('/schema', 'fr')).toMatchObject({
      details: { issues: [{ path: 'closesOn', message: 'The wave cannot close before it opens.' }] },
    });
  });
});
