import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import {
  createProjectSchema,
  listProjectsQuerySchema,
  projectIdParamsSchema,
  updateProjectSchema,
} from "@/lib/validation/project";
import { OPERATION_TYPES } from "@/lib/domain/projects";

export const projectOutputSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    location: z.string().nullable(),
    operationType: z.enum(OPERATION_TYPES),
    primaryCommodity: z.string(),
    currency: z.string(),
    defaultDiscountRatePct: z.number(),
    description: z.string().nullable(),
    version: z.int().meta({ description: "Send it back with PATCH; 409 STALE_UPDATE when it changed" }),
    scenarioCount: z.int(),
    createdBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Project" });

const TAGS = ["Projects"];

export const listProjectsContract = defineContract({
  method: "GET",
  path: "/api/projects",
  summary: "List the active organisation's projects (search, sort, pagination)",
  tags: TAGS,
  access: "viewer",
  query: listProjectsQuerySchema,
  responses: {
    200: {
      description: "One page of projects",
      schema: z.object({ items: z.array(projectOutputSchema), page: z.int(), pageSize: z.int(), total: z.int() }),
    },
  },
  errors: [404],
});

export const createProjectContract = defineContract({
  method: "POST",
  path: "/api/projects",
  summary: "Create a project in the active organisation",
  tags: TAGS,
  access: "project_manager",
  body: createProjectSchema,
  responses: { 201: { description: "Created; Location names it", schema: z.object({ project: projectOutputSchema }) } },
  errors: [403, 404, 409],
});

export const getProjectContract = defineContract({
  method: "GET",
  path: "/api/projects/{projectId}",
  summary: "Get a project",
  tags: TAGS,
  access: "viewer",
  params: projectIdParamsSchema,
  responses: { 200: { description: "The project", schema: z.object({ project: projectOutputSchema }) } },
  errors: [404],
});

export const updateProjectContract = defineContract({
  method: "PATCH",
  path: "/api/projects/{projectId}",
  summary: "Update a project (send the version you read)",
  tags: TAGS,
  access: "project_manager",
  params: projectIdParamsSchema,
  body: updateProjectSchema,
  responses: { 200: { description: "The updated project", schema: z.object({ project: projectOutputSchema }) } },
  errors: [403, 404, 409],
});

export const deleteProjectContract = defineContract({
  method: "DELETE",
  path: "/api/projects/{projectId}",
  summary: "Delete a project with its scenarios and every input",
  tags: TAGS,
  access: "project_manager",
  params: projectIdParamsSchema,
  responses: { 204: { description: "Deleted" } },
  errors: [403, 404],
});

export const projectContracts = [
  listProjectsContract,
  createProjectContract,
  getProjectContract,
  updateProjectContract,
  deleteProjectContract,
];
