import { z } from "zod";
import type { Role } from "@/lib/domain/roles";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ResponseSpec = { description: string; schema?: z.ZodType; contentType?: string };

/**
 * What a route accepts and answers, declared once: the route handler validates with it and the OpenAPI
 * document (/api/openapi.json) is generated from it, so the two cannot drift apart.
 */
export type ApiContract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> = {
  method: HttpMethod;
  /** OpenAPI path template, e.g. /api/projects/{projectId} (params named as in the app/api folder). */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** "public", or the lowest role (in the resource's organisation) that may call it. */
  access: "public" | Role;
  /**
   * "session": only a signed-in browser session may call it; an API token is refused with 403 SESSION_REQUIRED
   * (managing tokens and sessions). Omitted: a session cookie or an API token.
   */
  credentials?: "session";
  params?: P;
  query?: Q;
  body?: B;
  /** Success responses by status; the error responses are added from `errors`. */
  responses: Record<number, ResponseSpec>;
  /** Error statuses this route can answer besides 401 (and 400 when it takes input). */
  errors?: number[];
};

/** Identity function that keeps the literal types of a contract. */
export function defineContract<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  contract: ApiContract<P, Q, B>,
): ApiContract<P, Q, B> {
  return contract;
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable machine-readable code, e.g. NOT_FOUND, SCENARIO_CURRENCY_MISMATCH" }),
      message: z.string().meta({ description: "A sentence for people" }),
      fieldErrors: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Messages by field path (dotted for nested fields)" }),
    }),
  })
  .meta({ id: "Error" });
