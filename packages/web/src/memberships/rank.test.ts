import { describe, expect, it } from 'vitest';
import { rankByMatch } from './rank.ts';

describe('rankByMatch', () => {
  const names = [
    'Ana Cabrera Morales',
    'Antonio Caballero Moya',
    'Isabel Caballero Morales',
    'Íñigo Caballero',
    'Isabel',
  ];

  it('puts the exact name first, then names that start with the text, then words that do', () => {
    expect(rankByMatch(names, (n) => n, 'isabel caballero morales', 3)).toEqual([
      'Isabel Caballero Morales',
      'Ana Cabrera Morales',
      'Antonio Caballero Moya',
    ]);
    expect(rankByMatch(names, (n) => n, 'Isabel', 5)).toEqual([
      'Isabel',
      'Isabel Caballero Morales',
      'Ana Cabrera Morales',
      'Antonio Caballero Moya',
      'Íñigo Caballero',
    ]);
  });

  it('ignores accents and case, and keeps the API order among equals', () => {
    expect(rankByMatch(names, (n) => n, 'INIGO', 1)).toEqual(['Íñigo Caballero']);
    expect(rankByMatch(names, (n) => n, 'caballero', 5).slice(0, 3)).toEqual([
      'Antonio Caballero Moya',
      'Isabel Caballero Morales',
      'Íñigo Caballero',
    ]);
  });
});
