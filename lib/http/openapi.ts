import { z } from "zod";
import { ERROR_STATUS } from "@/lib/errors";
import { errorBodySchema, type ApiContract } from "./contracts/define";

type JsonObject = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The request is malformed or fails validation (fieldErrors names each field)",
  401: "Not signed in",
  403: "Signed in, but the role does not allow this action",
  404: "Not found in the caller's organisation (another organisation's ids are never revealed)",
  409: "Conflict: a duplicate name or a stale version",
  413: "The body is too large",
  422: "Well-formed, but breaks a domain rule (see error.code)",
  429: "Too many requests",
  503: "A dependency is unavailable",
};

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonObject;
  delete json.$schema;
  return json;
}

function parameters(contract: ApiContract): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [where, schema] of [["path", contract.params], ["query", contract.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input");
    const properties = (json.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      list.push({ name, in: where, required: where === "path" || required.has(name), schema: rest, description });
    }
  }
  return list;
}

function responses(contract: ApiContract): JsonObject {
  const result: JsonObject = {};
  for (const [status, spec] of Object.entries(contract.responses)) {
    result[status] = spec.schema
      ? { description: spec.description, content: { [spec.contentType ?? "application/json"]: { schema: toSchema(spec.schema, "output") } } }
      : { description: spec.description };
  }
  const errorStatuses = new Set<number>(contract.errors ?? []);
  if (contract.access !== "public") errorStatuses.add(ERROR_STATUS.UNAUTHENTICATED);
  if (contract.params || contract.query || contract.body) errorStatuses.add(ERROR_STATUS.BAD_REQUEST);
  for (const status of [...errorStatuses].sort()) {
    result[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return result;
}

function operation(contract: ApiContract): JsonObject {
  const access = contract.access === "public" ? "Anyone." : `Role ${contract.access} or higher in the resource's organisation.`;
  const credentials = contract.credentials === "session" ? "Signed-in session only: API tokens are refused (403 SESSION_REQUIRED)." : undefined;
  return {
    operationId: `${contract.method.toLowerCase()}${contract.path.replace(/[{}]/g, "").replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
    summary: contract.summary,
    description: [contract.description, `Access: ${access}`, credentials].filter(Boolean).join("\n\n"),
    tags: contract.tags,
    parameters: parameters(contract),
    ...(contract.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(contract.body, "input") } } } }
      : {}),
    responses: responses(contract),
    ...(contract.access === "public" ? { security: [] } : {}),
    ...(contract.access !== "public" && contract.credentials === "session" ? { security: [{ sessionCookie: [] }] } : {}),
  };
}

/** The OpenAPI 3.1 document of every contract (JSON Schema 2020-12 from the same zod schemas the routes use). */
export function buildOpenApiDocument(contracts: readonly ApiContract[], info: { version: string }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const contract of contracts) {
    paths[contract.path] ??= {};
    (paths[contract.path] as JsonObject)[contract.method.toLowerCase()] = operation(contract);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "CalMiner API",
      version: info.version,
      description: "Projects, scenarios and their inputs, cash-flow models and simulations. Errors: { error: { code, message, fieldErrors? } }.",
    },
    servers: [{ url: "/" }],
    // Either credential: a browser's session cookie, or a personal API token for scripts.
    security: [{ sessionCookie: [] }, { apiToken: [] }],
    paths,
    components: {
      schemas: { Error: toSchema(errorBodySchema, "output") },
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "__Host-authjs.session-token",
          description: "Sign in at /sign-in. Named `__Host-authjs.session-token` when cookies are Secure (production), `authjs.session-token` otherwise",
        },
        apiToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "cmt_…",
          description:
            "A personal API token, created under Your account (/account) and shown once: `Authorization: Bearer cmt_…`. It acts in its own organisation with the lower of its role and yours; a bad, expired or revoked token is 401 even beside a cookie.",
        },
      },
    },
  };
}
