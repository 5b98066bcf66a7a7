import { z } from "zod";
import { OPERATION_TYPES } from "@/lib/domain/projects";

// A project as clients send it. Per-operation schemas derive from one entity schema (pick/partial).

const trimmedText = (max: number) => z.string().trim().min(1, "must not be blank").max(max, `must be at most ${max} characters`);

export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO-4217 code such as USD");

export const projectSchema = z.object({
  name: trimmedText(200),
  location: z.string().trim().max(200, "must be at most 200 characters").nullable().optional(),
  operationType: z.enum(OPERATION_TYPES),
  /** Lower-cased on the way in: scenario comparison matches commodities by name. */
  primaryCommodity: trimmedText(100).transform((value) => value.toLowerCase()),
  currency: currencyCodeSchema,
  defaultDiscountRatePct: z.number("enter a rate from 0 to 100 %").min(0, "enter a rate from 0 to 100 %").max(100, "enter a rate from 0 to 100 %"),
  description: z.string().trim().max(5000, "must be at most 5,000 characters").nullable().optional(),
});

export const createProjectSchema = projectSchema;
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

/** Any subset of the fields, plus the version the client read (409 when it changed since). */
export const updateProjectSchema = projectSchema.partial().extend({ version: z.int().min(1) });
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

export const PROJECT_SORT_KEYS = ["name", "updatedAt", "createdAt"] as const;
export type ProjectSortKey = (typeof PROJECT_SORT_KEYS)[number];

export const listProjectsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Case-insensitive substring of the name, location or commodity. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(PROJECT_SORT_KEYS).default("name"),
  order: z.enum(["asc", "desc"]).default("asc"),
});
export type ListProjectsQuery = z.infer<typeof listProjectsQuerySchema>;

export const projectIdParamsSchema = z.object({ projectId: z.uuid() });
