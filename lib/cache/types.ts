/**
 * One cache port, three adapters (in-process, Redis over TCP, Upstash REST). Values are JSON strings; the
 * resilient layer (resilient.ts) serialises, times out and falls back, so adapters stay thin.
 */
export type CacheAdapter = {
  readonly kind: "memory" | "redis" | "upstash";
  get(key: string): Promise<string | null>;
  /** Several keys in one round trip (MGET), in the order asked; null where absent. */
  getMany(keys: readonly string[]): Promise<(string | null)[]>;
  /** ttlSeconds > 0: the entry expires after that many seconds. */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Sets the key only when it does not exist (SET NX), with a TTL as `set`.
   * @returns true when this call set it, false when another value was already there
   */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /**
   * How many times the connection to the server has become ready (TCP adapters): a change means the server may
   * have restarted and lost its data. Adapters without a connection leave it out.
   */
  connectionCount?(): number;
  /** Round trip to the server; throws when unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
};
