import type { Client, RequestStep } from "autocannon";

// The soak's request mix: four classes, each an autocannon instance with its own share of the connections, so each
// class gets its own latency histogram and status counts. Every connection of a class loops over the class's steps.
//   pages   the dashboard, the project page and the scenario editor, as HTML with the session cookie
//   reads   the JSON API with a bearer token: projects, a scenario's cash flow, the three dashboards
//   writes  one editing session per loop on the connection's own scenario: read the capex list (its version), add
//           a capex item, change it, delete it, change a parameter; every write carries the version it read
//   runs    1,000-iteration simulations at a fixed overall rate, within the organisation's quota

export type ClassName = "pages" | "reads" | "writes" | "runs";

/** Everything a load process needs, sent to it as JSON (load-child.ts). */
export type LoadPlan = {
  baseUrl: string;
  cookie: string;
  token: string;
  projectId: string;
  scenarioId: string;
  parameterLineageId: string;
  writeScenarioIds: string[];
  connections: Record<ClassName, number>;
  /** Simulation runs started per second over all run connections. */
  runsPerSecond: number;
  runIterations: number;
};

export type ClassSpec = {
  name: ClassName;
  connections: number;
  /** Sent with every step (a step's own headers are added to them). */
  headers: Record<string, string>;
  steps: RequestStep[];
  overallRate?: number;
  setupClient?: (client: Client) => void;
};

/** The split of `total` connections: two for runs (they are rate-limited), the rest 25 / 45 / 30 % pages / reads / writes. */
export function splitConnections(total: number): Record<ClassName, number> {
  const runs = 2;
  const rest = Math.max(3, total - runs);
  const pages = Math.max(1, Math.round(rest * 0.25));
  const writes = Math.max(1, Math.round(rest * 0.3));
  return { pages, reads: Math.max(1, rest - pages - writes), writes, runs };
}

function scenarioVersionOf(body: string, headers: Record<string, string | string[]>): number | undefined {
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === "x-scenario-version")?.[1];
  if (typeof header === "string" && header !== "") return Number(header);
  try {
    const parsed = JSON.parse(body) as { scenarioVersion?: number };
    return parsed.scenarioVersion;
  } catch {
    return undefined;
  }
}

/** Keeps the scenario version an answer reports in the loop's context, for the next write. */
function keepVersion(_status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>): void {
  const version = scenarioVersionOf(body, headers);
  if (version !== undefined) context.version = version;
}

function writeSteps(plan: LoadPlan, json: Record<string, string>): RequestStep[] {
  const base = (context: Record<string, unknown>) => `/api/scenarios/${plan.writeScenarioIds[Number(context.slot)] ?? ""}`;
  // A falsy request restarts the loop: a step whose predecessor failed is not sent with a missing id or version.
  const needs = (context: Record<string, unknown>, ...keys: string[]) => keys.every((key) => context[key] !== undefined);
  return [
    { method: "GET", setupRequest: (req, ctx) => ({ ...req, path: `${base(ctx)}/capex?pageSize=1` }), onResponse: keepVersion },
    {
      method: "POST",
      headers: json,
      body: JSON.stringify({ name: "Soak item", category: "equipment", kind: "sustaining", amount: 1000, currency: "USD", spendPeriod: 5 }),
      setupRequest: (req, ctx) => ({ ...req, path: `${base(ctx)}/capex` }),
      onResponse: (status, body, ctx, headers) => {
        keepVersion(status, body, ctx, headers);
        if (status === 201) ctx.lineageId = (JSON.parse(body) as { data: { lineageId: string } }).data.lineageId;
      },
    },
    {
      method: "PATCH",
      headers: json,
      setupRequest: (req, ctx) =>
        needs(ctx, "lineageId", "version") ? { ...req, path: `${base(ctx)}/capex/${String(ctx.lineageId)}`, body: JSON.stringify({ version: ctx.version, amount: 2000 }) } : null,
      onResponse: keepVersion,
    },
    {
      method: "DELETE",
      setupRequest: (req, ctx) => (needs(ctx, "lineageId", "version") ? { ...req, path: `${base(ctx)}/capex/${String(ctx.lineageId)}?version=${String(ctx.version)}` } : null),
      onResponse: keepVersion,
    },
    {
      method: "PATCH",
      headers: json,
      setupRequest: (req, ctx) =>
        needs(ctx, "version")
          ? { ...req, path: `${base(ctx)}/parameters/${plan.parameterLineageId}`, body: JSON.stringify({ version: ctx.version, baseValue: 1 + Math.random() / 10 }) }
          : null,
    },
  ];
}

/** Gives each write connection its own scenario: the slot survives autocannon's reset of the context per loop. */
function slotPerConnection(): (client: Client) => void {
  let next = 0;
  return (client) => {
    const iterator = client.requestIterator;
    if (!iterator) throw new Error("autocannon's Client has no requestIterator (the soak is written for autocannon 9)");
    iterator.initialContext = { slot: next };
    next += 1;
    iterator.resetContext();
    // The first request was built before this connection had its slot; build it again with it.
    iterator.rebuildRequest();
  };
}

export function buildClasses(plan: LoadPlan): ClassSpec[] {
  const bearer = { authorization: `Bearer ${plan.token}` };
  const jsonBody = { "content-type": "application/json" };
  const page = (path: string): RequestStep => ({ method: "GET", path });
  const read = (path: string): RequestStep => ({ method: "GET", path });
  const { projectId, scenarioId } = plan;
  const runBody = JSON.stringify({ scenarioId, iterations: plan.runIterations });
  return [
    {
      name: "pages",
      connections: plan.connections.pages,
      headers: { cookie: plan.cookie, accept: "text/html" },
      steps: [page("/dashboard"), page(`/projects/${projectId}`), page(`/projects/${projectId}/scenarios/${scenarioId}`)],
    },
    {
      name: "reads",
      connections: plan.connections.reads,
      headers: bearer,
      steps: [
        read("/api/projects"),
        read(`/api/scenarios/${scenarioId}/cashflow`),
        read(`/api/dashboards/projects/${projectId}`),
        read("/api/dashboards/overview"),
        read(`/api/dashboards/operations?projectId=${projectId}&scenarioId=${scenarioId}`),
      ],
    },
    { name: "writes", connections: plan.writeScenarioIds.length, headers: bearer, steps: writeSteps(plan, jsonBody), setupClient: slotPerConnection() },
    {
      name: "runs",
      connections: plan.connections.runs,
      headers: { ...bearer, ...jsonBody },
      overallRate: plan.runsPerSecond,
      steps: [{ method: "POST", path: "/api/simulations/run", body: runBody }],
    },
  ];
}
