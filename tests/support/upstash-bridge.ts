import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "redis";

// A small HTTP server that speaks Upstash's REST protocol (as @upstash/redis sends it) and forwards every command to
// a real Redis, so the Upstash adapter is tested against the same server as the TCP one. Tests only.
//
//   POST /            body ["SET","k","v","EX","60"]          → 200 { "result": "OK" }
//   POST /pipeline    body [["GET","a"],["INCR","n"]]         → 200 [{ "result": … }, { "error": "…" }]
//   POST /multi-exec  answered like /pipeline (NOT atomic here; the cache adapters never send transactions)
//   Authorization: Bearer <token> (else 401); a failing single command → 400 { "error": "…" }.
//   With the header Upstash-Encoding: base64 (the client's default) string results are base64, except "OK".

export type UpstashBridge = { url: string; token: string; close(): Promise<void> };

type Reply = string | number | null | Reply[] | Buffer;
type Command = (string | number)[];

function encode(value: Reply, isBase64: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => encode(item, isBase64));
  if (Buffer.isBuffer(value)) return isBase64 ? value.toString("base64") : value.toString();
  if (typeof value === "string" && isBase64 && value !== "OK") return Buffer.from(value).toString("base64");
  return value;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function isCommand(value: unknown): value is Command {
  return Array.isArray(value) && value.length > 0 && value.every((part) => typeof part === "string" || typeof part === "number");
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/**
 * Starts the bridge on 127.0.0.1 (a free port) in front of `redisUrl`.
 * @example const bridge = await startUpstashBridge(process.env.TEST_REDIS_URL); createUpstashCache(bridge.url, bridge.token)
 */
export async function startUpstashBridge(redisUrl: string, token = "test-token"): Promise<UpstashBridge> {
  const client = createClient({ url: redisUrl });
  client.on("error", () => {});
  await client.connect();
  const run = (command: Command) => client.sendCommand(command.map(String)) as Promise<Reply>;

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.authorization !== `Bearer ${token}`) return send(response, 401, { error: "Unauthorized" });
    if (request.method !== "POST") return send(response, 405, { error: "Method not allowed" });
    const isBase64 = String(request.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const path = new URL(request.url ?? "/", "http://bridge").pathname.replace(/\/$/, "");
    const body = await readJson(request);
    if (path === "/pipeline" || path === "/multi-exec") {
      if (!Array.isArray(body) || !body.every(isCommand)) return send(response, 400, { error: "ERR expected an array of commands" });
      const results = await Promise.all(
        body.map((command) => run(command).then((result) => ({ result: encode(result, isBase64) }), (error: Error) => ({ error: error.message }))),
      );
      return send(response, 200, results);
    }
    if (path !== "" || !isCommand(body)) return send(response, 400, { error: "ERR expected a command array" });
    try {
      send(response, 200, { result: encode(await run(body), isBase64) });
    } catch (error) {
      send(response, 400, { error: (error as Error).message });
    }
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      client.destroy();
    },
  };
}
