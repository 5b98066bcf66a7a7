import { authorizeScenario } from "@/lib/api/rows/scenario-access";
import { importExportContracts, importFormSchema } from "@/lib/http/contracts/import-export";
import { invalidateOperationsDashboards, invalidateProjectDashboards } from "@/lib/dashboards/cache-keys";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { parseWith } from "@/lib/http/parse";
import { commitImport } from "@/lib/import-export/commit";
import { importLimits } from "@/lib/import-export/limits";
import { ImportRejectedError, previewImport } from "@/lib/import-export/preview";
import { readImportForm } from "@/lib/import-export/read-request";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";

const NO_STORE = { "Cache-Control": "private, no-store" };

// POST /api/scenarios/{scenarioId}/import – preview (dry_run=true) or commit an import of scenario inputs
export const POST = handle(importExportContracts.import, async ({ request, params, query, user, authorize }) => {
  const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
  const limits = importLimits();
  const { upload, fields } = await readImportForm(request, limits);
  const form = parseWith(importFormSchema, fields, "The form fields are not valid");
  const base = { organisationId, scenarioId: params.scenarioId, upload, kind: form.kind, limits };
  if (query.dry_run) return Response.json(await previewImport(db, base), { headers: NO_STORE });
  if (form.version === undefined) {
    throw new AppError("VALIDATION_FAILED", "Send the scenario's version to commit", { fieldErrors: { version: ["Required"] } });
  }
  try {
    const result = await commitImport(db, { ...base, userId: user.id, expectedVersion: form.version });
    const chain = await getScenarioChain(db, { organisationId, scenarioId: params.scenarioId });
    if (chain) {
      await invalidateProjectDashboards(organisationId, chain.projectId);
      if (result.kinds.some((kind) => kind.kind === "maintenance")) await invalidateOperationsDashboards(organisationId, chain.projectId);
    }
    return Response.json(result, { headers: { ...NO_STORE, "X-Scenario-Version": String(result.committedVersion) } });
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    return Response.json({ ...error.toBody(), preview: error.preview }, { status: 422, headers: NO_STORE });
  }
});
