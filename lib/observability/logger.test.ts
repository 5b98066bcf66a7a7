import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function captureLogger(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}

describe("the JSON logger", () => {
  it("writes one JSON object per line with an ISO time, a level word and the instance", () => {
    const { logger, lines } = captureLogger();
    logger.info({ route: "/api/projects" }, "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", route: "/api/projects", instance: expect.any(String) });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("never writes passwords, tokens, cookies or secrets, wherever they sit in the object", () => {
    const { logger, lines } = captureLogger();
    const secrets = ["hunter2-password", "jwt-token-value", "session-cookie-value", "Bearer abc.def", "auth-secret-value", "postgres://u:pw@db/x"];
    logger.info(
      {
        password: secrets[0],
        body: { email: "a@b.c", password: secrets[0], token: secrets[1] },
        headers: { cookie: `authjs.session-token=${secrets[2]}`, authorization: secrets[3], "set-cookie": secrets[2] },
        AUTH_SECRET: secrets[4],
        config: { DATABASE_URL: secrets[5], csrfToken: secrets[1] },
      },
      "something happened",
    );
    const text = JSON.stringify(lines);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
    expect(text).toContain("a@b.c");
  });

  it("drops lines below the configured level", () => {
    const { logger, lines } = captureLogger("warn");
    logger.info("quiet");
    logger.warn("loud");
    expect(lines.map((line) => line.msg)).toEqual(["loud"]);
  });
});
