import { DEFAULT_ANONYMITY_K, MIN_ANONYMITY_K } from './analytics/anonymity.js';

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
  /** Believe X-Forwarded-For for the client address (only behind a proxy you run). */
  trustProxy: boolean;
  /** Log one line per request. */
  logRequests: boolean;
  /** Keep session lookups and GET answers in memory until the next write (on by default). */
  cacheReads: boolean;
  /** The privacy rule's k: an anonymised map shows an attribute only where at least k people share it. */
  anonymityK: number;
  /** Serve the web app's source maps (off by default: debugging aid, not for production). */
  serveSourceMaps: boolean;
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
    trustProxy: flag(env.TRELLIS_TRUST_PROXY, false),
    logRequests: flag(env.TRELLIS_LOG_REQUESTS, true),
    cacheReads: flag(env.TRELLIS_CACHE_READS, true),
    anonymityK: anonymityK(env.TRELLIS_ANONYMITY_K),
    serveSourceMaps: flag(env.TRELLIS_SOURCE_MAPS, false),
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

function origin(value: string, name: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`${name} must be a URL such as https://trellis.example.org, not "${value}".`);
  }
}
