// Personal API tokens: the limits the contract, the service and the account page share.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

/** Every API token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = "cmt_";
export const API_TOKEN_NAME_MAX_CHARS = 100;
export const API_TOKEN_MIN_DAYS = 1;
/** A token lives at most a year (and a leap day): a forgotten script stops working rather than living forever. */
export const API_TOKEN_MAX_DAYS = 366;
export const API_TOKEN_DEFAULT_DAYS = 90;
