import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Tells every cache that data changed: in this process at once and, on PostgreSQL, in every other
 * Trellis process on the same database (through LISTEN/NOTIFY), so that caches never serve a
 * read older than the last write, wherever it was made.
 */
export interface ChangeFeed {
  /**
   * Call after a committed write; local listeners have run when it resolves. `topics` name what
   * the write could change (see `ChangeTopic`); without them, it could have changed anything.
   */
  announce(topics?: readonly ChangeTopic[]): Promise<void>;
  /**
   * Runs `listener` after every change, made here or elsewhere, and whenever changes made
   * elsewhere may have been missed; it is given the change's topics, or `undefined` when anything
   * may have changed. Returns an unsubscribe function.
   */
  subscribe(listener: ChangeListener): () => void;
  /**
   * False while a change made elsewhere could go unheard (the PostgreSQL listener is connecting
   * or reconnecting). Caches must not serve then.
   */
  readonly reliable: boolean;
  close(): Promise<void>;
}

/**
 * What a write may have changed, for caches to empty only what depends on it. `responses`: survey
 * answers (drafts, submissions and their nominations) and nothing else.
 */
export type ChangeTopic = 'responses';
const TOPICS: readonly ChangeTopic[] = ['responses'];

/** Told a change's topics, or `undefined` when anything may have changed. */
export type ChangeListener = (topics: ReadonlySet<ChangeTopic> | undefined) => void;

const CHANNEL = 'trellis_changes';
const RECONNECT_DELAY_MS = 1_000;

class Listeners {
  private readonly listeners = new Set<ChangeListener>();

  add(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  run(topics?: readonly ChangeTopic[]): void {
    const touched = topics && topics.length > 0 ? new Set(topics) : undefined;
    for (const listener of this.listeners) listener(touched);
  }
}

/** A notification's payload: the sender's id, then its topics (none: anything changed). */
const payloadOf = (senderId: string, topics: readonly ChangeTopic[] | undefined) =>
  topics && topics.length > 0 ? `${senderId} ${topics.join(',')}` : senderId;

/** The topics in another process's payload; anything unknown (an older or newer server) means anything. */
function topicsOf(words: string[]): ChangeTopic[] | undefined {
  if (words.length === 0) return undefined;
  const topics = words.filter((word): word is ChangeTopic => (TOPICS as readonly string[]).includes(word));
  return topics.length === words.length ? topics : undefined;
}

/** For the embedded engine, which one process holds (the data-folder lock): changes are all local. */
export function localChangeFeed(): ChangeFeed {
  const listeners = new Listeners();
  return {
    reliable: true,
    announce: async (topics) => listeners.run(topics),
    subscribe: (listener) => listeners.add(listener),
    close: async () => {},
  };
}

/**
 * For a PostgreSQL server: a dedicated connection LISTENs for other processes' changes and
 * reconnects when it drops; while it is down the feed is unreliable and every listener is told,
 * so that caches empty themselves rather than miss a change.
 */
export function postgresChangeFeed(url: string, pool: pg.Pool): ChangeFeed {
  const listeners = new Listeners();
  // Notifications carry the sender's id: our own come back too, and were already acted on.
  const senderId = randomUUID();
  let listening = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = () => {
    if (closed) return;
    listening = false;
    listeners.run();
    client?.removeAllListeners();
    void client?.end().catch(() => undefined);
    client = undefined;
    retry ??= setTimeout(() => {
      retry = undefined;
      void connect();
    }, RECONNECT_DELAY_MS);
    retry.unref();
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on('notification', (message) => {
      const [sender, list] = (message.payload ?? '').split(' ');
      if (sender !== senderId) listeners.run(topicsOf(list ? list.split(',') : []));
    });
    next.on('error', lost);
    next.on('end', lost);
    try {
      await next.connect();
      await next.query(`listen ${CHANNEL}`);
      if (closed) return void (await next.end());
      listening = true;
      // Whatever changed while nobody listened is unknown: start clean.
      listeners.run();
    } catch {
      lost();
    }
  };
  return {
    get reliable() {
      return listening;
    },
    async announce(topics) {
      listeners.run(topics);
      await pool.query('select pg_notify($1, $2)', [CHANNEL, payloadOf(senderId, topics)]);
    },
    subscribe(listener) {
      // Listening costs a connection, so it starts with the first cache, not with every command.
      if (client === undefined && retry === undefined && !closed) void connect();
      return listeners.add(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      current?.on('error', () => undefined);
      await current?.end().catch(() => undefined);
    },
  };
}
