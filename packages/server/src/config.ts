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
    serveSourceMaps: flag(env.TRELLIS_SOURCE_MAPS, false),
  };
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
