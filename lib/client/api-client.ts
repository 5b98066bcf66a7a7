// A tiny typed fetch helper for client components: JSON in, JSON out, one error type.
// Every non-2xx answer becomes an ApiError carrying the API's envelope { error: { code, message, fieldErrors? } }
// and the HTTP status, so forms can show field errors beside their fields and a message in their error region.

/** Field name -> messages, as the API sends them (z.flattenError(...).fieldErrors). */
export type ApiFieldErrors = Record<string, string[] | undefined>;

/** Query values; undefined and null are left out, arrays are repeated (`a=1&a=2`). */
export type ApiQuery = Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>;

export type ApiRequestOptions = {
  /** Sent as JSON with Content-Type: application/json. */
  body?: unknown;
  query?: ApiQuery;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

/** The error every failed call throws: `status` 0 means the request never got an answer (network down). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fieldErrors?: ApiFieldErrors;

  constructor(code: string, message: string, status: number, fieldErrors?: ApiFieldErrors) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.fieldErrors = fieldErrors;
  }

  /** The first message for a field, or undefined. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors?.[field]?.[0];
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Appends the query to a same-origin path such as `/api/projects`. */
export function withQuery(path: string, query?: ApiQuery): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value as string | number | boolean];
    for (const item of values) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `${path}${path.includes("?") ? "&" : "?"}${text}` : path;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "Your session has ended; sign in again.",
  403: "Your role does not allow this action.",
  404: "It no longer exists, or you cannot see it.",
  409: "It was changed by someone else; reload and try again.",
  429: "Too many requests; wait a moment and try again.",
};

function isErrorEnvelope(value: unknown): value is { error: { code: string; message: string; fieldErrors?: ApiFieldErrors } } {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  if (isErrorEnvelope(body)) {
    const { code, message, fieldErrors } = body.error;
    return new ApiError(code, message || FALLBACK_MESSAGES[response.status] || "The request failed.", response.status, fieldErrors);
  }
  const message = FALLBACK_MESSAGES[response.status] ?? `The server answered ${response.status}; try again.`;
  return new ApiError(response.status >= 500 ? "INTERNAL" : "HTTP_ERROR", message, response.status);
}

/**
 * Calls the JSON API and returns its parsed body (undefined for 204 No Content).
 * The type parameter is the caller's promise about the response shape (take it from lib/http/contracts/*).
 * @throws ApiError for any non-2xx answer, and with code NETWORK_ERROR (status 0) when there is no answer
 * @example const { data } = await apiFetch<{ data: Project }>("POST", "/api/projects", { body: input });
 */
export async function apiFetch<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, options: ApiRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("NETWORK_ERROR", "The server could not be reached; check your connection and try again.", 0);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await readJson(response)) as T;
}

/** Shorthands for apiFetch, one per method. */
export const api = {
  get: <T>(path: string, options?: Omit<ApiRequestOptions, "body">) => apiFetch<T>("GET", path, options),
  post: <T>(path: string, body?: unknown, options?: ApiRequestOptions) => apiFetch<T>("POST", path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: ApiRequestOptions) => apiFetch<T>("PUT", path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: ApiRequestOptions) => apiFetch<T>("PATCH", path, { ...options, body }),
  delete: <T = undefined>(path: string, options?: ApiRequestOptions) => apiFetch<T>("DELETE", path, options),
};

/** A message fit for a form's error region, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return "Something went wrong; try again.";
}
