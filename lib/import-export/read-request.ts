import { AppError } from "@/lib/errors";
import { readBodyCapped } from "@/lib/http/read-body";
import type { ImportLimits } from "./limits";
import { refuseFile } from "./problems";
import type { Upload } from "./read-upload";

// The multipart body of an import, read under the size limit (lib/http/read-body.ts).

/** Room for the multipart boundaries and the small fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

function tooLarge(limits: ImportLimits): AppError {
  return refuseFile(`The upload is larger than ${limits.maxBytes} bytes (IMPORT_MAX_BYTES)`, { status: 413 });
}

/** The uploaded `file` and the other form fields (as text). */
export async function readImportForm(request: Request, limits: ImportLimits): Promise<{ upload: Upload; fields: Record<string, string> }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data (field `file`)", { status: 415 });
  }
  const body = await readBodyCapped(request, limits.maxBytes + MULTIPART_OVERHEAD_BYTES, () => tooLarge(limits));
  if (body.byteLength === 0) throw new AppError("BAD_REQUEST", "The request has no body");
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The multipart body cannot be read");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("VALIDATION_FAILED", "Attach the file as the `file` field", { fieldErrors: { file: ["Required"] } });
  if (file.size > limits.maxBytes) throw tooLarge(limits);
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  const name = "name" in file && typeof file.name === "string" && file.name ? file.name : "upload";
  return { upload: { name: name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) }, fields };
}
