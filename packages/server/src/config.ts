import { join } from 'node:path';
import type { OidcSettings } from './accounts/oidc-client.js';
import { DEFAULT_ANONYMITY_K, MIN_ANONYMITY_K } from './analytics/anonymity.js';
import { DEFAULT_MAX_UPLOAD_MB } from './shared/vocabulary.js';
import type { AttachmentSettings } from './storage/open-blob-store.js';

/** Everything Trellis reads from the environment, read once, in one place. */
export interface Config {
  port: number;
  host: string;
  /** A postgres:// URL: run on that server. Unset: the embedded PGlite engine. */
  databaseUrl: string | undefined;
  /** The PGlite data folder. */
  dataDir: string;
  /** The origin browsers use (https://trellis.example.org), when a proxy sits in front. */
  publicUrl: string | undefined;
  /** Mark cookies Secure; on by default when publicUrl is https. */
  secureCookies: boolean;
  /**
   * How many proxies you run in front of Trellis, each appending to X-Forwarded-For; the client
   * address is the entry that many places from the right (0: the socket's peer, header ignored).
   */
  trustProxy: number;
  /** Log one line per request. */
  logRequests: boolean;
  /** Keep session lookups and GET answers in memory until the next write (on by default). */
  cacheReads: boolean;
  /** The privacy rule's k: an anonymised map shows an attribute only where at least k people share it. */
  anonymityK: number;
  /** Serve the web app's source maps (off by default: debugging aid, not for production). */
  serveSourceMaps: boolean;
  /** Sign-in through an OpenID Connect identity provider (TRELLIS_OIDC_*); needs publicUrl. */
  oidc: OidcSettings | undefined;
  /** smtp:// or smtps:// URL of the server mail goes through; unset: mail goes to the log folder. */
  smtpUrl: string | undefined;
  /** The From of every mail. */
  mailFrom: string;
  /** The log folder; without SMTP, each mail is written to its mail/ folder as an .eml file. */
  logDir: string;
  /** Where attachments are kept (a folder, or an S3-compatible bucket) and how large one may be. */
  attachments: AttachmentSettings;
}

/** Reads the configuration; a malformed value is an error that names the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const publicUrl = env.TRELLIS_PUBLIC_URL ? origin(env.TRELLIS_PUBLIC_URL, 'TRELLIS_PUBLIC_URL') : undefined;
  return {
    port: integer(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.TRELLIS_DATA_DIR ?? './data',
    publicUrl,
    secureCookies: flag(env.TRELLIS_SECURE_COOKIES, publicUrl?.startsWith('https:') ?? false),
    trustProxy: proxyHops(env.TRELLIS_TRUST_PROXY, 'TRELLIS_TRUST_PROXY'),
    logRequests: flag(env.TRELLIS_LOG_REQUESTS, true),
    cacheReads: flag(env.TRELLIS_CACHE_READS, true),
    anonymityK: anonymityK(env.TRELLIS_ANONYMITY_K),
    serveSourceMaps: flag(env.TRELLIS_SOURCE_MAPS, false),
    smtpUrl: env.TRELLIS_SMTP_URL ? smtpUrl(env.TRELLIS_SMTP_URL) : undefined,
    mailFrom: env.TRELLIS_MAIL_FROM || 'Trellis <trellis@localhost>',
    logDir: env.TRELLIS_LOG_DIR || './logs',
    oidc: oidcSettings(env, publicUrl),
    attachments: attachmentSettings(env),
  };
}

/** TRELLIS_MAX_UPLOAD_MB, TRELLIS_ATTACHMENTS_DIR and, for a bucket, TRELLIS_S3_*. */
function attachmentSettings(env: NodeJS.ProcessEnv): AttachmentSettings {
  const megabytes = env.TRELLIS_MAX_UPLOAD_MB ? Number(env.TRELLIS_MAX_UPLOAD_MB) : DEFAULT_MAX_UPLOAD_MB;
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > 1024) {
    throw new Error(
      `TRELLIS_MAX_UPLOAD_MB must be the largest attachment in megabytes (above 0, at most 1024), not "${env.TRELLIS_MAX_UPLOAD_MB}".`,
    );
  }
  const endpoint = env.TRELLIS_S3_ENDPOINT || undefined;
  if (endpoint) origin(endpoint, 'TRELLIS_S3_ENDPOINT');
  const accessKeyId = env.TRELLIS_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.TRELLIS_S3_SECRET_ACCESS_KEY;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      'TRELLIS_S3_ACCESS_KEY_ID and TRELLIS_S3_SECRET_ACCESS_KEY go together: set both or neither.',
    );
  }
  if (endpoint && !env.TRELLIS_S3_BUCKET) {
    throw new Error('TRELLIS_S3_BUCKET must be set with TRELLIS_S3_ENDPOINT (the bucket attachments go to).');
  }
  return {
    maxUploadBytes: Math.floor(megabytes * 1024 * 1024),
    folder: env.TRELLIS_ATTACHMENTS_DIR || join(env.TRELLIS_DATA_DIR ?? './data', 'attachments'),
    s3: env.TRELLIS_S3_BUCKET
      ? {
          bucket: env.TRELLIS_S3_BUCKET,
          endpoint,
          region: env.TRELLIS_S3_REGION || 'us-east-1',
          // S3-compatible services mostly want the bucket in the path; AWS itself takes either.
          forcePathStyle: flag(env.TRELLIS_S3_FORCE_PATH_STYLE, endpoint !== undefined),
          prefix: env.TRELLIS_S3_PREFIX ?? '',
          credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
        }
      : undefined,
  };
}

/** One provider from TRELLIS_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET and _LABEL; none without an issuer. */
function oidcSettings(env: NodeJS.ProcessEnv, publicUrl: string | undefined): OidcSettings | undefined {
  const issuer = env.TRELLIS_OIDC_ISSUER;
  if (!issuer) return undefined;
  try {
    new URL(issuer);
  } catch {
    throw new Error(
      `TRELLIS_OIDC_ISSUER must be a URL such as https://login.school.example, not "${issuer}".`,
    );
  }
  if (!env.TRELLIS_OIDC_CLIENT_ID) {
    throw new Error(
      'TRELLIS_OIDC_CLIENT_ID must be set with TRELLIS_OIDC_ISSUER (the id the provider gave Trellis).',
    );
  }
  if (!publicUrl) {
    throw new Error(
      'TRELLIS_PUBLIC_URL must be set with TRELLIS_OIDC_ISSUER: the provider sends people back to it.',
    );
  }
  return {
    issuer,
    clientId: env.TRELLIS_OIDC_CLIENT_ID,
    clientSecret: env.TRELLIS_OIDC_CLIENT_SECRET || undefined,
    label: env.TRELLIS_OIDC_LABEL || new URL(issuer).hostname,
  };
}

function anonymityK(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_ANONYMITY_K;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < MIN_ANONYMITY_K) {
    throw new Error(
      `TRELLIS_ANONYMITY_K must be a whole number of at least ${MIN_ANONYMITY_K} (the fewest people an anonymised map may single out as a group), not "${value}".`,
    );
  }
  return parsed;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new Error(`${name} must be a port number (0–65535), not "${value}".`);
  }
  return parsed;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** The largest proxy chain believed; more hops than this is a configuration mistake. */
const MAX_PROXY_HOPS = 10;

/** A number of trusted proxy hops: a count, or a flag (on means one proxy, off none). */
function proxyHops(value: string | undefined, name: string): number {
  if (value === undefined || value === '') return 0;
  const word = value.trim().toLowerCase();
  if (['true', 'yes', 'on'].includes(word)) return 1;
  if (['false', 'no', 'off'].includes(word)) return 0;
  const hops = Number(word);
  if (!/^\d+$/.test(word) || hops > MAX_PROXY_HOPS) {
    throw new Error(
      `${name} must be the number of proxies in front of Trellis (0–${MAX_PROXY_HOPS}), or on/off, not "${value}".`,
    );
  }
  return hops;
}

function origin(value: string, name: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`${name} must be a URL such as https://trellis.example.org, not "${value}".`);
  }
}

function smtpUrl(value: string): string {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    // The value may hold a password: the message does not repeat it.
    throw new Error('TRELLIS_SMTP_URL must be a URL such as smtp://user:pass@host:587 (or smtps://).');
  }
  return value;
}
