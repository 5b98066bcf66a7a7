import { importExportContracts, importFormSchema } from "@/lib/http/contracts/import-export";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { parseWith } from "@/lib/http/parse";
import { commitImport, importLimits, ImportRejectedError, previewImport, readImportForm } from "@/lib/import-export";

const NO_STORE = { "Cache-Control": "private, no-store" };

// POST /api/scenarios/{scenarioId}/import – preview (dry_run=true) or commit an import of scenario inputs
export const POST = handle(importExportContracts.import, async ({ request, params, query, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const limits = importLimits();
  const { upload, fields } = await readImportForm(request, limits);
  const form = parseWith(importFormSchema, fields, "The form fields are not valid");
  const base = { organisationId, scenarioId: params.scenarioId, upload, kind: form.kind, limits };
  if (query.dry_run) return Response.json(await previewImport(base), { headers: NO_STORE });
  if (form.version === undefined) {
    throw new AppError("VALIDATION_FAILED", "Send the scenario's version to commit", { fieldErrors: { version: ["Required"] } });
  }
  try {
    const result = await commitImport({ ...base, userId: user.id, projectId, expectedVersion: form.version });
    return Response.json(result, { headers: { ...NO_STORE, "X-Scenario-Version": String(result.committedVersion) } });
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    return Response.json({ ...error.toBody(), preview: error.preview }, { status: 422, headers: NO_STORE });
  }
});
