// End-to-end smoke THROUGH nginx against two standalone instances (deploy/tests/topology.sh starts them):
// security headers, gzip, static caching, sign-in, a session served by both instances, request logs and metrics.
import { randomUUID } from "node:crypto";
import { CookieJar, assert, check, failedCount, readJsonLines, readTopology, type LogLine } from "./harness";

const topology = readTopology();
const base = topology.nginxUrl;
const jar = new CookieJar();

async function get(path: string, init: RequestInit = {}, cookies: CookieJar = jar): Promise<Response> {
  const headers = new Headers(init.headers);
  if (cookies.header()) headers.set("cookie", cookies.header());
  const response = await fetch(`${base}${path}`, { redirect: "manual", ...init, headers });
  cookies.store(response);
  return response;
}

/** Signs in through nginx with Auth.js credentials; the session cookie lands in `cookies`. */
async function signIn(cookies: CookieJar, email: string, password: string): Promise<Response> {
  const csrf = (await (await get("/api/auth/csrf", {}, cookies)).json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, callbackUrl: `${base}/dashboard` });
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  return get("/api/auth/callback/credentials", { method: "POST", body: form, headers }, cookies);
}

function logsOf(name: string): LogLine[] {
  const instance = topology.instances.find((i) => i.name === name);
  assert(instance, `no instance ${name}`);
  return readJsonLines(instance.log);
}

await check("nginx answers /api/health with the API security headers and a request id", async () => {
  const response = await get("/api/health");
  assert(response.status === 200, `status ${response.status}`);
  const h = response.headers;
  assert(h.get("content-security-policy") === "default-src 'none'; frame-ancestors 'none'", `CSP ${h.get("content-security-policy")}`);
  assert(h.get("x-content-type-options") === "nosniff", "no nosniff");
  assert(h.get("referrer-policy") === "strict-origin-when-cross-origin", "no referrer policy");
  assert(h.get("permissions-policy")?.includes("camera=()"), "no permissions policy");
  assert(h.get("strict-transport-security")?.startsWith("max-age="), "no HSTS in production");
  assert(/^[0-9a-f]{32}$/.test(h.get("x-request-id") ?? ""), `nginx request id ${h.get("x-request-id")}`);
});

await check("the sign-in page gets a nonce CSP whose nonce is on every script, gzipped by nginx", async () => {
  const response = await get("/sign-in", { headers: { "accept-encoding": "gzip" } });
  assert(response.status === 200, `status ${response.status}`);
  const csp = response.headers.get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  assert(nonce && csp.includes("'strict-dynamic'") && !/script-src[^;]*unsafe-inline/.test(csp), `CSP ${csp}`);
  assert(response.headers.get("content-encoding") === "gzip", `encoding ${response.headers.get("content-encoding")}`);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert(scripts.length > 0 && scripts.every((tag) => tag.includes(`nonce="${nonce}"`)), "a script without the nonce");
  const second = await get("/sign-in");
  assert(!(second.headers.get("content-security-policy") ?? "").includes(nonce), "the nonce was reused");
});

await check("/_next/static is served with a year-long immutable cache and cached by nginx", async () => {
  const html = await (await get("/sign-in")).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  assert(asset, "no static asset in the page");
  const first = await get(asset);
  const second = await get(asset);
  assert(first.status === 200, `status ${first.status}`);
  assert(first.headers.get("cache-control") === "public, max-age=31536000, immutable", `cache-control ${first.headers.get("cache-control")}`);
  assert(second.headers.get("x-cache-status") === "HIT", `second fetch ${second.headers.get("x-cache-status")}`);
});

await check("nginx hides /api/metrics from the public side", async () => {
  assert((await get("/api/metrics", { headers: { authorization: `Bearer ${topology.metricsToken}` } })).status === 404, "metrics reachable through nginx");
});

await check("the demo user signs in through nginx (Auth.js credentials)", async () => {
  const response = await signIn(jar, topology.user.email, topology.user.password);
  assert(response.status === 302, `status ${response.status}`);
  assert(!(response.headers.get("location") ?? "").includes("error"), `redirected to ${response.headers.get("location")}`);
  assert(jar.get("__Host-authjs.session-token"), "no __Host- session cookie (production cookies are Secure and host-only)");
});

await check("nginx overwrites a client's X-Forwarded-For: the session records the real address, not the claimed one", async () => {
  const spoofed = { "x-forwarded-for": "203.0.113.99" };
  const cookies = new CookieJar();
  const csrf = (await (await get("/api/auth/csrf", { headers: spoofed }, cookies)).json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken: csrf.csrfToken, email: topology.user.email, password: topology.user.password, callbackUrl: `${base}/dashboard` });
  const signedIn = await get("/api/auth/callback/credentials", { method: "POST", body: form, headers: { ...spoofed, "content-type": "application/x-www-form-urlencoded" } }, cookies);
  assert(signedIn.status === 302, `sign-in ${signedIn.status}`);
  const sessions = (await (await get("/api/me/sessions", {}, cookies)).json()) as { data: { isCurrent: boolean; clientAddress: string }[] };
  const current = sessions.data.find((session) => session.isCurrent);
  assert(current, "no current session listed");
  assert(current.clientAddress !== "203.0.113.99" && current.clientAddress.includes("127.0.0.1"), `the session's address is ${current.clientAddress}`);
});

const requestIds: string[] = [];
await check("one session is honoured by both instances: 10 API calls and 4 dashboard loads through nginx", async () => {
  for (let i = 0; i < 10; i += 1) {
    const id = `smoke-${randomUUID()}`;
    requestIds.push(id);
    const response = await get("/api/projects", { headers: { "x-request-id": id } });
    assert(response.status === 200, `GET /api/projects ${response.status}`);
    assert(response.headers.get("x-request-id") === id, "the request id was not echoed");
  }
  for (let i = 0; i < 4; i += 1) {
    const response = await get("/dashboard");
    assert(response.status === 200, `GET /dashboard ${response.status} ${response.headers.get("location") ?? ""}`);
  }
});

// Each instance remembers callers' memberships; a change reaches every instance through PostgreSQL NOTIFY.
await check("a member deactivated through one instance is refused by the other within a second", async () => {
  const me = (await (await get("/api/me")).json()) as { user: { activeOrganisation: { id: string } } };
  const organisationId = me.user.activeOrganisation.id;
  const member = { email: `smoke-${randomUUID()}@example.test`, password: `smoke ${randomUUID()} tailings` };
  const json = { "content-type": "application/json" };
  // People join by invitation (no email server here: the admin gets the link) and choose their own password.
  const invited = await get(`/api/organisations/${organisationId}/invitations`, { method: "POST", body: JSON.stringify({ email: member.email, role: "analyst" }), headers: json });
  assert(invited.status === 201, `inviting a member: ${invited.status}`);
  const { path } = (await invited.json()) as { path: string };
  const token = new URL(path, base).searchParams.get("token");
  const accepted = await get("/api/invitations/accept", { method: "POST", body: JSON.stringify({ token, name: "Smoke Member", password: member.password }), headers: json }, new CookieJar());
  assert(accepted.status === 200, `accepting the invitation: ${accepted.status}`);
  const memberJar = new CookieJar();
  assert((await signIn(memberJar, member.email, member.password)).status === 302, "the member could not sign in");
  const [first, second] = topology.instances;
  assert(first && second, "two instances expected");
  const meOn = async (url: string) => (await fetch(`${url}/api/me`, { headers: { cookie: memberJar.header() } })).status;
  assert((await meOn(first.url)) === 200 && (await meOn(second.url)) === 200, "the member is not served by both instances");
  const memberMe = (await (await fetch(`${first.url}/api/me`, { headers: { cookie: memberJar.header() } })).json()) as { user: { id: string } };
  const data = { id: memberMe.user.id };
  const deactivate = JSON.stringify({ isActive: false });
  const patched = await fetch(`${first.url}/api/organisations/${organisationId}/users/${data.id}`, {
    method: "PATCH",
    body: deactivate,
    headers: { ...json, cookie: jar.header() },
  });
  assert(patched.status === 200, `deactivating: ${patched.status}`);
  assert((await meOn(first.url)) === 401, `${first.name} still serves the deactivated member`);
  let status = 200;
  for (const deadline = Date.now() + 1_000; status !== 401 && Date.now() < deadline; ) {
    status = await meOn(second.url);
    if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert(status === 401, `${second.name} still serves the deactivated member after 1 s (${status})`);
});

await check("requests were spread over both instances, each logging the signed-in user", async () => {
  const ours = new Set(requestIds);
  for (const instance of topology.instances) {
    const lines = logsOf(instance.name).filter((l) => ours.has(String(l.requestId)));
    assert(lines.length > 0, `${instance.name} served none of the API calls`);
    for (const line of lines) {
      assert(line.route === "/api/projects" && line.method === "GET" && line.status === 200, `line ${JSON.stringify(line)}`);
      assert(typeof line.userId === "string" && typeof line.organisationId === "string" && typeof line.durationMs === "number", "ids or duration missing");
    }
  }
  const upstreams = new Set(readJsonLines(topology.nginxAccessLog).filter((l) => ours.has(String(l.requestId))).map((l) => l.upstream));
  assert(upstreams.size === 2, `nginx used ${[...upstreams].join(", ")}`);
});

await check("no log line holds the password, the session token or the auth secret", async () => {
  const token = jar.get("__Host-authjs.session-token") ?? "missing";
  const secrets = [topology.user.password, token, topology.appEnv.AUTH_SECRET ?? "missing", topology.metricsToken];
  for (const instance of topology.instances) {
    const text = JSON.stringify(readJsonLines(instance.log));
    for (const secret of secrets) assert(!text.includes(secret), `${instance.name} logged a secret`);
  }
});

await check("each instance serves Prometheus metrics directly with the token, 401 without", async () => {
  for (const instance of topology.instances) {
    assert((await fetch(`${instance.url}/api/metrics`)).status === 401, `${instance.name} without a token`);
    const response = await fetch(`${instance.url}/api/metrics`, { headers: { authorization: `Bearer ${topology.metricsToken}` } });
    const body = await response.text();
    assert(response.status === 200, `${instance.name} status ${response.status}`);
    assert(/calminer_http_requests_total\{route="\/api\/projects",method="GET",status="200"\} [1-9]/.test(body), `${instance.name} request counter`);
    assert(body.includes("calminer_http_request_duration_seconds_bucket"), "no duration histogram");
    assert(/calminer_db_connections\{state="active"\} [1-9]/.test(body), "no database connections");
    assert(/calminer_metrics_source_up\{source="queue"\} 1/.test(body), "queue source down");
  }
});

await check("signing out on one instance ends the session on the other at once (a copied cookie is refused)", async () => {
  const copy = new CookieJar();
  assert((await signIn(copy, topology.user.email, topology.user.password)).status === 302, "sign-in failed");
  const [first, second] = topology.instances;
  assert(first && second, "two instances expected");
  const meOn = async (url: string) => (await fetch(`${url}/api/me`, { headers: { cookie: copy.header() } })).status;
  assert((await meOn(first.url)) === 200 && (await meOn(second.url)) === 200, "the session is not served by both instances");
  const cookieBefore = copy.header();
  // Auth.js's own sign-out (double-submit CSRF), sent to the first instance only.
  const csrfResponse = await fetch(`${first.url}/api/auth/csrf`, { headers: { cookie: cookieBefore } });
  copy.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signOut = await fetch(`${first.url}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ csrfToken }),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: copy.header() },
  });
  assert(signOut.status === 302, `sign-out ${signOut.status}`);
  let status = 200;
  for (const deadline = Date.now() + 1_000; status !== 401 && Date.now() < deadline; ) {
    status = (await fetch(`${second.url}/api/me`, { headers: { cookie: cookieBefore } })).status;
    if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert(status === 401, `${second.name} still accepts the signed-out session after 1 s (${status})`);
});

process.exitCode = failedCount() > 0 ? 1 : 0;
