// The part of autocannon 9's programmatic API the soak benchmark uses (the package ships no types).
declare module "autocannon" {
  export type AutocannonRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  };

  export type RequestStep = AutocannonRequest & {
    /** Return the request to send, or a falsy value to start the sequence again from its first step. */
    setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest | null | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  };

  /** One connection; `requestIterator` is autocannon's own (used to give each connection an identity). */
  export type Client = { requestIterator?: { initialContext: Record<string, unknown>; resetContext(): void; rebuildRequest(): void } };

  export type Options = {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    headers?: Record<string, string>;
    requests?: RequestStep[];
    /** Requests per second over all connections. */
    overallRate?: number;
    ignoreCoordinatedOmission?: boolean;
    setupClient?: (client: Client) => void;
    title?: string;
  };

  /** Latency figures in milliseconds. */
  export type Latency = { p50: number; p90: number; p99: number; max: number; mean: number; totalCount: number };

  export type Result = {
    title?: string;
    latency: Latency;
    requests: { total: number; average: number };
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  export type Instance = Promise<Result> & { stop(): void };

  export default function autocannon(options: Options): Instance;
}
