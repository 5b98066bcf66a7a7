import { getDb, type DbOrTx } from "@/db";
import { getScenarioChain, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { AppError, notFound } from "@/lib/errors";
import type { ImportKind } from "./columns";
import type { ImportLimits } from "./limits";
import { planImport, summarisePlan, type ImportPlan, type KindSummary } from "./plan";
import type { ImportProblem } from "./problems";
import { readUpload, type Upload, type UploadFormat } from "./read-upload";

// The dry run: the whole file parsed and validated, matched against the scenario, nothing written.

export type ImportPreview = {
  fileName: string;
  format: UploadFormat;
  scenarioId: string;
  /** The version the preview was made against; send it back to commit. */
  scenarioVersion: number;
  isValid: boolean;
  kinds: KindSummary[];
  /** The first problems (at most MAX_LISTED_PROBLEMS), in file order. */
  problems: ImportProblem[];
  problemCount: number;
};

export type ImportRequest = { organisationId: string; scenarioId: string; upload: Upload; kind?: ImportKind; limits: ImportLimits };

/** An import with problems: 422 with the whole preview, so the caller sees every row and column at fault. */
export class ImportRejectedError extends AppError {
  readonly preview: ImportPreview;

  constructor(preview: ImportPreview) {
    super("IMPORT_INVALID", `The file has ${preview.problemCount} problem(s); nothing was written`, { status: 422 });
    this.preview = preview;
  }
}

async function requireChain(db: DbOrTx, { organisationId, scenarioId }: { organisationId: string; scenarioId: string }): Promise<ScenarioChain> {
  const chain = await getScenarioChain(db, { organisationId, scenarioId });
  if (!chain) throw notFound("Scenario");
  return chain;
}

/** Reads, validates and plans the import in one go (commit runs the last two again in its transaction). */
export async function buildPreview(
  db: DbOrTx,
  request: ImportRequest,
  read?: Awaited<ReturnType<typeof readUpload>>,
): Promise<{ preview: ImportPreview; plan: ImportPlan; chain: ScenarioChain }> {
  const upload = read ?? (await readUpload(request.upload, { kind: request.kind, limits: request.limits }));
  const chain = await requireChain(db, request);
  const plan = await planImport(db, { chain, sheets: upload.sheets, problems: upload.problems });
  const preview: ImportPreview = {
    fileName: request.upload.name,
    format: upload.format,
    scenarioId: request.scenarioId,
    scenarioVersion: chain.scenario.version,
    isValid: upload.problems.total === 0,
    kinds: summarisePlan(plan),
    problems: upload.problems.items,
    problemCount: upload.problems.total,
  };
  return { preview, plan, chain };
}

/** POST …/import?dry_run=true: what the import would do, and every problem. Writes nothing. */
export async function previewImport(request: ImportRequest): Promise<ImportPreview> {
  return (await buildPreview(await getDb(), request)).preview;
}
