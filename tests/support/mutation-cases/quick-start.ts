import * as quickStartRoute from "@/app/api/projects/[projectId]/scenarios/quick-start/route";
import { call, type MutationCase } from "./world";

// Freshness case: the quick start (issue #15). A new scenario of the demo project, with its production, capex and
// opex: the overview's activity, the project dashboard's scenario list and the operations dashboard's choices move.

const GOLD_QUICK_START = {
  name: "Fresh quick start",
  commodity: "gold",
  tonnageBasis: "per_year",
  oreProcessedT: 2_000_000,
  headGrade: 1.5,
  recoveryPct: 91,
  lifeYears: 8,
  initialCapex: 250_000_000,
  opexPerTonne: 30,
};

export const quickStartCases: Record<string, MutationCase> = {
  "POST /api/projects/{projectId}/scenarios/quick-start": {
    changes: ["overview", "project", "operations"],
    arrange: async (world) => ({
      write: () => call(world, quickStartRoute.POST, "POST", { projectId: world.demo.projectId }, GOLD_QUICK_START),
    }),
  },
};
