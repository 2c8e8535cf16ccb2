import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('reads the mail settings: without SMTP, mail goes to the log folder', () => {
    expect(readConfig({})).toMatchObject({
      smtpUrl: undefined,
      mailFrom: 'Trellis <trellis@localhost>',
      logDir: './logs',
    });
    expect(
      readConfig({
        TRELLIS_SMTP_URL: 'smtp://user:pass@mail.example.org:587',
        TRELLIS_MAIL_FROM: 'Red <red@example.org>',
        TRELLIS_LOG_DIR: '/var/log/trellis',
      }),
    ).toMatchObject({
      smtpUrl: 'smtp://user:pass@mail.example.org:587',
      mailFrom: 'Red <red@example.org>',
      logDir: '/var/log/trellis',
    });
    // The message names the variable and never repeats the value, which may hold a password.
    expect(() => readConfig({ TRELLIS_SMTP_URL: 'http://user:hunter2@host' })).toThrow(
      /^TRELLIS_SMTP_URL must be/,
    );
    expect(() => readConfig({ TRELLIS_SMTP_URL: 'http://user:hunter2@host' })).not.toThrow(/hunter2/);
  });

  it('keeps attachments on disk in the data folder up to 25 MB, or in a bucket when one is set', () => {
    expect(readConfig({ TRELLIS_DATA_DIR: '/srv/trellis' }).attachments).toEqual({
      maxUploadBytes: 25 * 1024 * 1024,
      folder: '/srv/trellis/attachments',
      s3: undefined,
    });
    expect(
      readConfig({
        TRELLIS_MAX_UPLOAD_MB: '2.5',
        TRELLIS_S3_BUCKET: 'bank',
        TRELLIS_S3_ENDPOINT: 'http://127.0.0.1:9000',
        TRELLIS_S3_ACCESS_KEY_ID: 'key',
        TRELLIS_S3_SECRET_ACCESS_KEY: 'secret',
      }).attachments,
    ).toMatchObject({
      maxUploadBytes: Math.floor(2.5 * 1024 * 1024),
      s3: {
        bucket: 'bank',
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        forcePathStyle: true,
        prefix: '',
      },
    });
    expect(() => readConfig({ TRELLIS_MAX_UPLOAD_MB: 'lots' })).toThrow(/^TRELLIS_MAX_UPLOAD_MB/);
    expect(() => readConfig({ TRELLIS_S3_BUCKET: 'bank', TRELLIS_S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /go together/,
    );
    expect(() => readConfig({ TRELLIS_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /TRELLIS_S3_BUCKET must be set/,
    );
  });

  it('defaults to the embedded database in ./data on port 3000', () => {
    expect(readConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      secureCookies: false,
      trustProxy: 0,
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
      trustProxy: 1,
    });
  });

  it('reads one OpenID Connect provider, which needs a client id and the public URL', () => {
    expect(readConfig({}).oidc).toBeUndefined();
    const oidc = {
      TRELLIS_OIDC_ISSUER: 'https://login.school.example',
      TRELLIS_OIDC_CLIENT_ID: 'trellis',
      TRELLIS_OIDC_CLIENT_SECRET: 's3cret',
    };
    expect(readConfig({ ...oidc, TRELLIS_PUBLIC_URL: 'https://trellis.example.org' }).oidc).toEqual({
      issuer: 'https://login.school.example',
      clientId: 'trellis',
      clientSecret: 's3cret',
      label: 'login.school.example',
    });
    expect(() => readConfig(oidc)).toThrow(/TRELLIS_PUBLIC_URL must be set with TRELLIS_OIDC_ISSUER/);
    expect(() =>
      readConfig({
        TRELLIS_OIDC_ISSUER: 'https://login.school.example',
        TRELLIS_PUBLIC_URL: 'https://t.example',
      }),
    ).toThrow(/TRELLIS_OIDC_CLIENT_ID must be set/);
  });

  it('names the variable when a value is malformed', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(
      'PORT must be a port number (0–65535), not "eighty".',
    );
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readConfig({ TRELLIS_PUBLIC_URL: 'not a url' })).toThrow(/TRELLIS_PUBLIC_URL must be a URL/);
    expect(() => readConfig({ TRELLIS_TRUST_PROXY: 'maybe' })).toThrow(
      /TRELLIS_TRUST_PROXY must be the number of proxies/,
    );
    expect(() => readConfig({ TRELLIS_TRUST_PROXY: '-1' })).toThrow(/TRELLIS_TRUST_PROXY/);
    expect(() => readConfig({ TRELLIS_TRUST_PROXY: '1.5' })).toThrow(/TRELLIS_TRUST_PROXY/);
    expect(() => readConfig({ TRELLIS_TRUST_PROXY: '11' })).toThrow(/TRELLIS_TRUST_PROXY/);
  });

  it('reads TRELLIS_TRUST_PROXY as a number of proxy hops, with on and off kept', () => {
    const hops = (value: string | undefined) => readConfig({ TRELLIS_TRUST_PROXY: value }).trustProxy;
    expect([undefined, '', '0', 'off', 'false', 'no'].map(hops)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(['1', 'true', 'on', 'YES'].map(hops)).toEqual([1, 1, 1, 1]);
    expect(hops('2')).toBe(2);
    expect(hops(' 3 ')).toBe(3);
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
