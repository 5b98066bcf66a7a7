import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { numberFormatSchema, updateMeSchema } from "@/lib/validation/preferences";
import { metricsContract } from "./metrics";

const checkSchema = z.union([
  z.object({ ok: z.literal(true), kind: z.string(), latencyMs: z.number() }),
  z.object({
    ok: z.literal(false),
    kind: z.string(),
    error: z.enum(["unreachable", "no answer in time"]).meta({ description: "Which failure; the backend's text is logged, never answered" }),
  }),
]);

const readinessSchema = z.object({
  status: z.enum(["ready", "unavailable"]),
  failing: z.array(z.enum(["database", "cache"])).optional(),
  checks: z.object({ database: checkSchema, cache: checkSchema }),
});

const membershipSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  role: z.enum(["viewer", "analyst", "project_manager", "admin"]),
});

const meUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  numberFormat: numberFormatSchema,
  memberships: z.array(membershipSchema),
  activeOrganisation: z.object({ id: z.uuid(), name: z.string(), role: membershipSchema.shape.role }),
});

export const meContract = defineContract({
  method: "GET",
  path: "/api/me",
  summary: "The signed-in user, their memberships and active organisation",
  tags: ["system"],
  access: "viewer",
  responses: {
    200: {
      description: "The current user",
      schema: z.object({
        user: meUserSchema,
      }),
    },
  },
});

export const updateMeContract = defineContract({
  method: "PATCH",
  path: "/api/me",
  summary: "Change your own preferences: the number format you type and read",
  description: "`numberFormat` null follows the browser's language. Answers the current user with the change.",
  tags: ["system"],
  access: "viewer",
  body: updateMeSchema,
  responses: { 200: { description: "Changed", schema: z.object({ user: meUserSchema }) } },
});

export const systemContracts = [
  metricsContract,
  defineContract({
    method: "GET",
    path: "/api/health",
    summary: "Liveness: the process is up",
    tags: ["system"],
    access: "public",
    responses: { 200: { description: "Alive", schema: z.object({ status: z.literal("ok"), uptimeSeconds: z.number() }) } },
  }),
  defineContract({
    method: "GET",
    path: "/api/health/ready",
    summary: "Readiness: the database and the cache answer",
    tags: ["system"],
    access: "public",
    responses: {
      200: { description: "Ready", schema: readinessSchema },
      503: { description: "A dependency is unavailable; `failing` names it", schema: readinessSchema },
    },
  }),
  meContract,
  updateMeContract,
  defineContract({
    method: "GET",
    path: "/api/openapi.json",
    summary: "This OpenAPI 3.1 document",
    tags: ["system"],
    access: "public",
    responses: { 200: { description: "The document", schema: z.record(z.string(), z.unknown()) } },
  }),
];
