import { beforeAll, describe, expect, it } from "vitest";
import * as eventsRoute from "@/app/api/simulations/[runId]/events/route";
import { openStreamCount, STREAM_LIMITS } from "@/lib/simulations/events";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, insertRunLike, postRun, type SimulationWorld } from "@/tests/support/simulation-world";

// One person cannot hold open an unbounded number of progress streams (each used to cost two queries a second).
const getDb = useTestDb();
let world: SimulationWorld;
let runId = "";

beforeAll(async () => {
  world = await createSimulationWorld(await getDb());
  const source = (await postRun(world, { scenarioId: world.scenarioId, iterations: 16, seed: 1 })).body as { run: { id: string } };
  runId = (await insertRunLike(await getDb(), source.run.id, { status: "running", progress: 0.1 })).id;
});

function open(signal: AbortSignal): Promise<Response> {
  const request = new Request("http://localhost:3000/x", { headers: { cookie: world.cookies.viewer ?? "" }, signal });
  return eventsRoute.GET(request, { params: Promise.resolve({ runId }) });
}

describe("GET /api/simulations/{runId}/events", () => {
  it(`allows ${STREAM_LIMITS.perUser} open streams per person, then answers 429 with Retry-After until one closes`, async () => {
    const controllers = Array.from({ length: STREAM_LIMITS.perUser }, () => new AbortController());
    const opened = await Promise.all(controllers.map((controller) => open(controller.signal)));
    expect(opened.map((response) => response.status)).toEqual(controllers.map(() => 200));
    const refused = await open(new AbortController().signal);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(await refused.json()).toMatchObject({ error: { code: "TOO_MANY_STREAMS" } });
    controllers[0]?.abort();
    const replacement = new AbortController();
    const again = await open(replacement.signal);
    expect(again.status).toBe(200);
    [...controllers, replacement].forEach((controller) => controller.abort());
    await Promise.all([...opened, again].map((response) => response.body?.cancel().catch(() => undefined)));
    expect(openStreamCount(world.userIds.viewer)).toBe(0);
  });
});
