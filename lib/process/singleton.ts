// One value per process. Next loads a module in several bundles (instrumentation, routes, pages, the server
// entry) and reloads it on every edit in development, so module-level state would exist several times in one
// process; a value kept here under its name exists once. Imports nothing, so every layer may use it.

const registry = globalThis as unknown as Record<symbol, unknown>;

/**
 * The process's value called `name`, created by `create` on first use.
 * @example const pools = processSingleton("engine-pools", () => new Map<number, WorkerPool>());
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`calminer.${name}`);
  if (!(key in registry)) registry[key] = create();
  return registry[key] as T;
}

/** Replaces the process's value called `name` (tests and reconfiguration); `undefined` forgets it. */
export function replaceProcessSingleton<T>(name: string, value: T | undefined): void {
  const key = Symbol.for(`calminer.${name}`);
  if (value === undefined) delete registry[key];
  else registry[key] = value;
}
