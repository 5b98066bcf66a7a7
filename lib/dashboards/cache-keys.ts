import { getCache, type Cache } from "@/lib/cache";

// Cache keys of the aggregated dashboards, versioned so that a write invalidates exactly what it changed.
//
//   namespace                 bumped by                                           part of the key of
//   dash:org:{orgId}          invalidateOrganisationDashboards                   every dashboard of the organisation
//   dash:overview:{orgId}     every invalidate* below (recent activity, counts)  the organisation overview
//   dash:project:{projectId}  invalidateProjectDashboards                        the project's dashboard and operations
//   dash:ops:{projectId}      invalidateOperationsDashboards                     the project's operations dashboard
//
// A key reads `dash:v{orgToken}.{…}:{orgId}:<what>`. A version is a random token (lib/cache/versions.ts): a bump
// sets a new one, so every key built from the old one is never read again; the next read misses and loads fresh
// data, and the old entries expire by their TTL. A token lost to an eviction or a restart comes back as a new
// random one, never as an earlier value, so an eviction can cost a miss but never serve a stale entry (this is
// what makes `allkeys-lru` safe; see docs/deployment.md). Call the invalidate functions AFTER the write has
// committed: a read between commit and bump may still see the old version (for that instant), never the reverse.
//
// Keys are built only for resources the caller may see: the services are called after the access guard
// (lib/access) and keys name an organisation, a project and a scenario, never a raw request value such as a date
// (operations ranges are cut from the scenario's one entry, operations-range.ts). The number of entries is thus
// bounded by the organisations' projects and scenarios.

/** Safety net only (invalidation is by version): entries live at most this long, in seconds. */
export const DASHBOARD_TTL_SECONDS = 300;

function orgNamespace(organisationId: string): string {
  return `dash:org:${organisationId}`;
}

function overviewNamespace(organisationId: string): string {
  return `dash:overview:${organisationId}`;
}

function projectNamespace(projectId: string): string {
  return `dash:project:${projectId}`;
}

function operationsNamespace(projectId: string): string {
  return `dash:ops:${projectId}`;
}

export type DashboardKey = { namespaces: string[]; key: string };

export function overviewKey(organisationId: string): DashboardKey {
  return { namespaces: [orgNamespace(organisationId), overviewNamespace(organisationId)], key: `${organisationId}:overview` };
}

export function projectDashboardKey(organisationId: string, projectId: string): DashboardKey {
  return { namespaces: [orgNamespace(organisationId), projectNamespace(projectId)], key: `${organisationId}:project:${projectId}` };
}

/**
 * A scenario's deterministic NPV and IRR as its editor or the cash-flow API last computed them (the scenario tree
 * reads them and never computes). Under the project's namespaces: every write that can change a scenario's cash
 * flow (its own, an ancestor's, a row's, a price deck's) already bumps one of them.
 */
export function scenarioMetricsKey(organisationId: string, projectId: string, scenarioId: string): DashboardKey {
  return { namespaces: [orgNamespace(organisationId), projectNamespace(projectId)], key: `${organisationId}:metrics:${projectId}:${scenarioId}` };
}

/** The cache key of `key` under `versions` (read with cache.getVersions of its namespaces). */
export function versionedKey({ key }: DashboardKey, versions: readonly string[]): string {
  return `dash:v${versions.join(".")}:${key}`;
}

/** The whole operations dashboard of a scenario (no range: ranges are cut from it, operations-range.ts). */
export function operationsDashboardKey(organisationId: string, projectId: string, scenarioId: string): DashboardKey {
  return {
    namespaces: [orgNamespace(organisationId), projectNamespace(projectId), operationsNamespace(projectId)],
    key: `${organisationId}:ops:${projectId}:${scenarioId}`,
  };
}

/**
 * The cached dashboard as its JSON text (what the API answers, without a parse and a re-serialisation), or
 * what `load` returns, serialised and cached under the current versions. When the versions cannot be read
 * (cache down or slow), answers from `load` without touching the cache.
 */
export async function rememberDashboardJson(
  { namespaces, key }: DashboardKey,
  load: () => Promise<unknown>,
  cache: Cache = getCache(),
): Promise<string> {
  const serialise = async () => JSON.stringify(await load());
  const versions = await cache.getVersions(namespaces);
  if (!versions) return serialise();
  return cache.rememberVersionedRaw(versionedKey({ namespaces, key }, versions), DASHBOARD_TTL_SECONDS, serialise);
}

/** As rememberDashboardJson, parsed (for server components). */
export async function rememberDashboard<T>(key: DashboardKey, load: () => Promise<T>, cache: Cache = getCache()): Promise<T> {
  return JSON.parse(await rememberDashboardJson(key, load, cache)) as T;
}

/**
 * Every dashboard of the organisation. Call after: a project is created, renamed, changed or deleted; a membership
 * or organisation setting that dashboards show changes.
 */
export async function invalidateOrganisationDashboards(organisationId: string, cache: Cache = getCache()): Promise<void> {
  await cache.bumpVersion(orgNamespace(organisationId));
}

/**
 * The organisation overview alone. Call after a change only its recent activity shows: an account or a membership
 * (audited like every change, but on no other dashboard).
 */
export async function invalidateOverviewDashboard(organisationId: string, cache: Cache = getCache()): Promise<void> {
  await cache.bumpVersion(overviewNamespace(organisationId));
}

/**
 * The project's dashboard and operations dashboard, and the organisation overview. Call after a write to: a
 * scenario of the project (create, branch, update, status or base-case change, delete), its input rows (parameters,
 * production, capex, opex, consumption, equipment, correlations; import), or a simulation run of one of its
 * scenarios (queued, status change, results stored, deleted).
 */
export async function invalidateProjectDashboards(
  organisationId: string,
  projectId: string,
  cache: Cache = getCache(),
): Promise<void> {
  await Promise.all([cache.bumpVersion(projectNamespace(projectId)), cache.bumpVersion(overviewNamespace(organisationId))]);
}

/**
 * The project's operations dashboard and the organisation overview (recent activity). Call after a maintenance log
 * of one of the project's equipment rows is created, updated or deleted.
 */
export async function invalidateOperationsDashboards(
  organisationId: string,
  projectId: string,
  cache: Cache = getCache(),
): Promise<void> {
  await Promise.all([cache.bumpVersion(operationsNamespace(projectId)), cache.bumpVersion(overviewNamespace(organisationId))]);
}
