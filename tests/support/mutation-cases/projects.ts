import { eq } from "drizzle-orm";
import * as projectRoute from "@/app/api/projects/[projectId]/route";
import * as projectScenariosRoute from "@/app/api/projects/[projectId]/scenarios/route";
import * as projectsRoute from "@/app/api/projects/route";
import * as branchRoute from "@/app/api/scenarios/[scenarioId]/branch/route";
import * as scenarioRoute from "@/app/api/scenarios/[scenarioId]/route";
import { projects } from "@/db/schema";
import { call, scenarioVersion, type MutationCase } from "./world";

// Freshness cases: projects and scenarios.

// ── Projects and scenarios ────────────────────────────────────────────────────────────────────────────────────

const NEW_PROJECT = { name: "Fresh project", operationType: "open_pit", primaryCommodity: "copper", currency: "USD", defaultDiscountRatePct: 8 };

export const projectCases: Record<string, MutationCase> = {
  "POST /api/projects": {
    // The operations dashboard's filters list the organisation's projects.
    changes: ["overview", "operations"],
    arrange: async (world) => ({ write: () => call(world, projectsRoute.POST, "POST", {}, NEW_PROJECT) }),
  },
  "PATCH /api/projects/{projectId}": {
    changes: ["overview", "project", "operations"],
    arrange: async (world) => {
      const [project] = await world.db.select({ version: projects.version }).from(projects).where(eq(projects.id, world.demo.projectId));
      const body = { name: "Renamed mine", version: project?.version };
      return { write: () => call(world, projectRoute.PATCH, "PATCH", { projectId: world.demo.projectId }, body) };
    },
  },
  "DELETE /api/projects/{projectId}": {
    changes: ["overview", "project", "operations"],
    arrange: async (world) => ({ write: () => call(world, projectRoute.DELETE, "DELETE", { projectId: world.demo.projectId }) }),
  },
};

export const scenarioCases: Record<string, MutationCase> = {
  "POST /api/projects/{projectId}/scenarios": {
    changes: ["overview", "project", "operations"],
    arrange: async (world) => {
      const body = { name: "Fresh child", parentScenarioId: world.demo.baseScenarioId };
      return { write: () => call(world, projectScenariosRoute.POST, "POST", { projectId: world.demo.projectId }, body) };
    },
  },
  "PATCH /api/scenarios/{scenarioId}": {
    changes: ["overview", "project"],
    arrange: async (world) => {
      const body = { version: await scenarioVersion(world), metalPrice: 5 };
      return { write: () => call(world, scenarioRoute.PATCH, "PATCH", { scenarioId: world.demo.baseScenarioId }, body) };
    },
  },
  "DELETE /api/scenarios/{scenarioId}": {
    changes: ["overview", "project", "operations"],
    arrange: async (world) => ({ write: () => call(world, scenarioRoute.DELETE, "DELETE", { scenarioId: world.demo.childScenarioId }) }),
  },
  "POST /api/scenarios/{scenarioId}/branch": {
    changes: ["overview", "project", "operations"],
    arrange: async (world) => ({
      write: () => call(world, branchRoute.POST, "POST", { scenarioId: world.demo.baseScenarioId }, { name: "Fresh branch" }),
    }),
  },
};
