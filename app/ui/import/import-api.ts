import type { z } from "zod";
import type { importPreviewSchema } from "@/lib/http/contracts/import-export";

// The import route called from the browser: multipart in, the preview or the written result out.

export type ImportPreviewData = z.infer<typeof importPreviewSchema>;
export type CommitData = ImportPreviewData & { committedVersion: number };

export type ImportAnswer =
  | { ok: true; preview: ImportPreviewData | CommitData }
  | { ok: false; status: number; message: string; preview?: ImportPreviewData };

export async function sendImport(
  scenarioId: string,
  { file, kind, version, isDryRun }: { file: File; kind?: string; version?: number; isDryRun: boolean },
): Promise<ImportAnswer> {
  const form = new FormData();
  form.set("file", file);
  if (kind) form.set("kind", kind);
  if (version !== undefined) form.set("version", String(version));
  try {
    const response = await fetch(`/api/scenarios/${scenarioId}/import?dry_run=${isDryRun}`, { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as {
      error?: { message?: string };
      preview?: ImportPreviewData;
    } & Partial<CommitData>;
    if (response.ok) return { ok: true, preview: body as CommitData };
    return { ok: false, status: response.status, message: body.error?.message ?? `The server answered ${response.status}`, preview: body.preview };
  } catch {
    return { ok: false, status: 0, message: "The server could not be reached; check your connection and try again" };
  }
}
