import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { handle } from "@/lib/http/handle";
import { createLogger, type Logger } from "@/lib/observability/logger";
import { processSingleton } from "@/lib/process/singleton";
import { captureLogs, type CapturedLogs } from "@/tests/support/logs";

// Part of issue #13's error answers, beside the database outage: a client that hangs up while its body is on the
// way is not a server error. Through a real HTTP server that hands the route the Node request stream as Next does
// (body: the IncomingMessage; signal: aborted when the connection closes before the answer), the route answers 499
// and the request line is logged at info level, with no error line.

const contract = defineContract({
  method: "POST",
  path: "/api/test/echo",
  summary: "Echo for tests",
  tags: ["test"],
  access: "public",
  body: z.object({ text: z.string() }),
  responses: { 200: { description: "echo" } },
});

const route = handle(contract, async ({ body }) => Response.json({ text: body.text }));

type Loggers = { request: Logger | undefined };

let server: Server;
let logs: CapturedLogs;
let requestLines: string[];
let savedRequestLogger: Logger | undefined;
/** The statuses the route returned, in order (the aborted client never reads its answer). */
const answered: number[] = [];

/** The Request Next builds for a route from Node's request (next/dist/server/web/spec-extension/adapters). */
function nextRequestOf(incoming: IncomingMessage, response: ServerResponse): Request {
  const controller = new AbortController();
  response.on("close", () => response.writableFinished || controller.abort());
  const url = `http://127.0.0.1${incoming.url ?? "/"}`;
  const headers = new Headers(Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])) as [string, string][]);
  return new Request(url, { method: incoming.method, headers, body: incoming as unknown as ReadableStream, duplex: "half", signal: controller.signal } as RequestInit);
}

beforeAll(async () => {
  const loggers = processSingleton<Loggers>("loggers", () => ({ request: undefined }));
  savedRequestLogger = loggers.request;
  requestLines = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      requestLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  // At info level: tests log warnings and up only (lib/env.mjs), and the quiet line is the point here.
  loggers.request = createLogger({ destination, level: "info", isRedacting: false, base: { component: "http" } });
  logs = captureLogs();
  server = createServer(async (incoming, response) => {
    const answer = await route(nextRequestOf(incoming, response), { params: Promise.resolve({}) });
    answered.push(answer.status);
    if (!response.destroyed) response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  logs?.restore();
  processSingleton<Loggers>("loggers", () => ({ request: undefined })).request = savedRequestLogger;
  await new Promise((resolve) => server?.close(resolve));
});

/** POSTs a body that declares `declaredBytes` and sends `sentText`; hangs up after sending when `isHangingUp`. */
function post(sentText: string, declaredBytes: number, isHangingUp: boolean): Promise<void> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve) => {
    const client = httpRequest({ port, host: "127.0.0.1", method: "POST", path: "/api/test/echo", headers: { "content-type": "application/json", "content-length": String(declaredBytes) } });
    client.on("error", () => resolve()).on("response", (response) => response.resume().on("end", resolve));
    client.write(sentText);
    // Long enough for the route to be reading the body when the socket closes.
    if (isHangingUp) setTimeout(() => client.destroy(), 100);
    else client.end();
  });
}

async function nextAnswer(count: number): Promise<number> {
  for (let waitedMs = 0; answered.length < count && waitedMs < 5_000; waitedMs += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return answered[count - 1] ?? -1;
}

describe("a client that hangs up while sending its body", () => {
  it("is answered 200 when the body arrives whole (the harness works)", async () => {
    const body = JSON.stringify({ text: "whole" });
    await post(body, Buffer.byteLength(body), false);
    expect(await nextAnswer(1)).toBe(200);
  });

  it("is answered 499 and logged as an info request line, with no error line", async () => {
    await post('{"text": "cut sho', 1_000, true);
    expect(await nextAnswer(2)).toBe(499);
    const lines = [...requestLines, ...logs.lines].map((line) => JSON.parse(line) as { level: string; status?: number });
    expect(lines.filter((line) => line.level === "error")).toEqual([]);
    expect(lines.filter((line) => line.status === 499)).toEqual([expect.objectContaining({ level: "info", status: 499 })]);
  });
});
