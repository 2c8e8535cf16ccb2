import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, slugFromName } from './slug.ts';

describe('slugFromName', () => {
  it('folds accents and joins words with hyphens', () => {
    expect(slugFromName('Red de Lectura')).toBe('red-de-lectura');
    expect(slugFromName('Alianza Universidad–Escuela: Investigación-Acción')).toBe(
      'alianza-universidad-escuela-investigacion-accion',
    );
    expect(slugFromName('Niños y niñas de Ávila')).toBe('ninos-y-ninas-de-avila');
  });

  it('leaves no hyphen at either end, nor two in a row', () => {
    expect(slugFromName('  ¿Red 2030?  ')).toBe('red-2030');
    expect(slugFromName('A -- B')).toBe('a-b');
    expect(slugFromName('¡¡!!')).toBe('');
  });

  it('stays within the API’s length and still ends in a letter or digit', () => {
    const slug = slugFromName(`${'a'.repeat(SLUG_MAX_LENGTH - 1)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
