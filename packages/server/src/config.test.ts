import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to the embedded database in ./data on port 3000', () => {
    expect(readConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      secureCookies: false,
      trustProxy: false,
    });
  });

  it('reads the environment', () => {
    const config = readConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://localhost/trellis',
      TRELLIS_DATA_DIR: '/srv/trellis',
      TRELLIS_PUBLIC_URL: 'https://trellis.example.org/some/path',
      TRELLIS_TRUST_PROXY: 'yes',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://localhost/trellis',
      dataDir: '/srv/trellis',
      publicUrl: 'https://trellis.example.org',
      secureCookies: true,
      trustProxy: true,
    });
  });

  it('names the variable when a value is malformed', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(
      'PORT must be a port number (0–65535), not "eighty".',
    );
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readConfig({ TRELLIS_PUBLIC_URL: 'not a url' })).toThrow(/TRELLIS_PUBLIC_URL must be a URL/);
  });

  it('reads the anonymity k, 5 by default, and refuses one below 3', () => {
    expect(readConfig({}).anonymityK).toBe(5);
    expect(readConfig({ TRELLIS_ANONYMITY_K: '10' }).anonymityK).toBe(10);
    expect(() => readConfig({ TRELLIS_ANONYMITY_K: '2' })).toThrow(
      'TRELLIS_ANONYMITY_K must be a whole number of at least 3 (the fewest people an anonymised map may single out as a group), not "2".',
    );
    expect(() => readConfig({ TRELLIS_ANONYMITY_K: 'five' })).toThrow(/TRELLIS_ANONYMITY_K/);
  });
});
