import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { requireProject, requireScenarioChain } from "@/lib/scenario/access";

// Report pages read what the signed-in user may see: another organisation's project or scenario is a 404.

function rethrowNotFound(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
}

export async function loadReportProject(projectId: string, returnTo: string) {
  const user = await requireUser(returnTo);
  const db = await getDb();
  const project = await requireProject(db, user, projectId).catch(rethrowNotFound);
  return { db, project };
}

export async function loadReportScenario(scenarioId: string, returnTo: string) {
  const user = await requireUser(returnTo);
  const db = await getDb();
  const chain = await requireScenarioChain(db, user, scenarioId).catch(rethrowNotFound);
  return { db, chain };
}
