import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssues } from './zod-issues.js';

const schema = z
  .object({
    name: z.string().min(2).max(5),
    title: z.string().min(1),
    level: z.number().int().min(1).max(5),
    email: z.email(),
    opensOn: z.iso.date(),
    scope: z.enum(['network', 'region']),
    tags: z.array(z.string()).min(1).max(2),
    id: z.uuid(),
    code: z.string().regex(/^[a-z]+$/),
    motto: z.string().refine((value) => value !== 'no', 'Say something else.'),
  })
  .strict();

const valid = {
  name: 'Ana',
  title: 'T',
  level: 3,
  email: 'ana@school.org',
  opensOn: '2026-09-15',
  scope: 'network',
  tags: ['reading'],
  id: '0b6a1c5e-8f0e-4d39-9a39-2b1f2c6b8f01',
  code: 'abc',
  motto: 'yes',
};

function messages(input: Record<string, unknown>, locale: 'en' | 'es') {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return Object.fromEntries(zodIssues(result.error, locale).map((issue) => [issue.path, issue.message]));
}

describe('validation messages people read', () => {
  const bad = {
    name: 'A',
    title: '',
    level: 7,
    email: 'not-an-email',
    opensOn: '15/09/2026',
    scope: 'planet',
    tags: [],
    id: 'x',
    code: 'ABC',
    motto: 'no',
    extra: true,
  };

  it('words each kind of problem plainly in English', () => {
    expect(messages(bad, 'en')).toEqual({
      name: 'Enter at least 2 characters.',
      title: 'This cannot be empty.',
      level: 'Enter 5 or less.',
      email: 'Enter an email address, such as name@school.org.',
      opensOn: 'Enter a date as YYYY-MM-DD.',
      scope: 'Choose one of: network, region.',
      tags: 'Choose at least one.',
      id: 'This is not a valid identifier.',
      code: 'This is not in the expected format.',
      motto: 'Say something else.',
      '': 'Unknown field: extra.',
    });
  });

  it('says the same in Spanish, keeping a message the schema wrote itself', () => {
    expect(messages(bad, 'es')).toEqual({
      name: 'Escribe al menos 2 caracteres.',
      title: 'No puede quedar vacío.',
      level: 'Escribe 5 o menos.',
      email: 'Escribe una dirección de correo, como nombre@escuela.org.',
      opensOn: 'Escribe la fecha como AAAA-MM-DD.',
      scope: 'Elige una de estas opciones: network, region.',
      tags: 'Elige al menos uno.',
      id: 'No es un identificador válido.',
      code: 'No tiene el formato esperado.',
      motto: 'Say something else.',
      '': 'Campo desconocido: extra.',
    });
  });

  it('tells a missing field from one of the wrong kind, in both languages', () => {
    const { name: _name, ...withoutName } = valid;
    expect(messages({ ...withoutName, level: 'three' }, 'en')).toEqual({
      name: 'This is required.',
      level: 'Enter a number.',
    });
    expect(messages({ ...withoutName, level: 'three' }, 'es')).toEqual({
      name: 'Este dato es obligatorio.',
      level: 'Escribe un número.',
    });
  });

  it('counts limits in the reader’s terms', () => {
    expect(messages({ ...valid, name: 'Anabel', level: 2.5, tags: ['a', 'b', 'c'] }, 'en')).toEqual({
      name: 'Use at most 5 characters.',
      level: 'Enter a whole number.',
      tags: 'Choose at most 2.',
    });
    expect(messages({ ...valid, level: 0 }, 'es')).toEqual({ level: 'Escribe 1 o más.' });
  });
});
