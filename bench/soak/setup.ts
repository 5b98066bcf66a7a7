// What the load needs from the running app, obtained through its own API: a session cookie (Auth.js credentials
// sign-in, as a browser does: pages read only the cookie), an API token made with that session (the API load
// authenticates with it, as scripts do), the demo project's ids, and one branched scenario per write connection.

/** The demo administrator seeded by db/seed.ts (README: the demo accounts). */
const DEMO_USER = { email: "admin@calminer.local", password: "calminer-demo" };

export type SoakTargets = {
  cookie: string;
  token: string;
  projectId: string;
  scenarioId: string;
  /** A factor parameter of the base scenario (by lineage id) that the writes PATCH in each write scenario. */
  parameterLineageId: string;
  /** One child of the base scenario per write connection, so that no two connections race on a scenario version. */
  writeScenarios: { scenarioId: string; version: number }[];
};

/** Cookies from Set-Cookie answers, sent back as one Cookie header. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

/** Auth.js credentials sign-in: CSRF token (double-submit cookie), then the form post answered with a redirect. */
async function signIn(baseUrl: string): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.store(csrfResponse);
  const { csrfToken } = await json<{ csrfToken: string }>(csrfResponse, "GET /api/auth/csrf");
  const form = new URLSearchParams({ csrfToken, ...DEMO_USER, callbackUrl: `${baseUrl}/dashboard` });
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
  });
  jar.store(signedIn);
  const location = signedIn.headers.get("location") ?? "";
  if (signedIn.status !== 302 || location.includes("error")) throw new Error(`sign-in failed: HTTP ${signedIn.status}, location ${location}`);
  return jar.header();
}

async function createToken(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/me/tokens`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ name: "bench:soak", role: "admin", expiresInDays: 1 }),
  });
  return (await json<{ token: string }>(response, "POST /api/me/tokens")).token;
}

type Api = <T>(path: string, init?: { method: string; body: unknown }) => Promise<T>;

function apiWith(baseUrl: string, token: string): Api {
  return async <T>(path: string, init?: { method: string; body: unknown }) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (init) headers["content-type"] = "application/json";
    const response = await fetch(`${baseUrl}${path}`, { method: init?.method ?? "GET", headers, body: init ? JSON.stringify(init.body) : undefined });
    return json<T>(response, `${init?.method ?? "GET"} ${path}`);
  };
}

type ParameterRow = { lineageId: string; application: string; name: string };

async function findIds(api: Api): Promise<{ projectId: string; scenarioId: string; parameterLineageId: string }> {
  const { items: projects } = await api<{ items: { id: string }[] }>("/api/projects");
  const projectId = projects[0]?.id;
  if (!projectId) throw new Error("the demo project is missing: was the database seeded?");
  const { items: scenarios } = await api<{ items: { id: string; isBaseCase: boolean }[] }>(`/api/projects/${projectId}/scenarios`);
  const scenarioId = (scenarios.find((s) => s.isBaseCase) ?? scenarios[0])?.id;
  if (!scenarioId) throw new Error("the demo project has no scenario");
  const { data: parameters } = await api<{ data: ParameterRow[] }>(`/api/scenarios/${scenarioId}/parameters`);
  const parameter = parameters.find((p) => p.application === "factor") ?? parameters[0];
  if (!parameter) throw new Error("the demo scenario has no parameter to change");
  return { projectId, scenarioId, parameterLineageId: parameter.lineageId };
}

export async function prepareTargets(baseUrl: string, writeConnections: number): Promise<SoakTargets> {
  const cookie = await signIn(baseUrl);
  const token = await createToken(baseUrl, cookie);
  const api = apiWith(baseUrl, token);
  const ids = await findIds(api);
  const writeScenarios: SoakTargets["writeScenarios"] = [];
  for (let i = 1; i <= writeConnections; i += 1) {
    const body = { name: `Soak writes ${i}`, description: "bench:soak: each write connection changes only its own scenario" };
    const { scenario } = await api<{ scenario: { id: string; version: number } }>(`/api/scenarios/${ids.scenarioId}/branch`, { method: "POST", body });
    writeScenarios.push({ scenarioId: scenario.id, version: scenario.version });
  }
  return { cookie, token, ...ids, writeScenarios };
}
