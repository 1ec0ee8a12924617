import { apiMutation } from "@/app/api/api-route";
import { AppError } from "@/lib/errors";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { MAX_EVIDENCE_FILE_BYTES, storeEvidenceFile } from "@/lib/review/evidence-files";

// POST /api/evidence – upload one evidence file (multipart field "file"); answers its id and hash
export const POST = apiMutation("evidence.upload", async ({ db, actor, request }) => {
  // refuse before reading: a body of unknown length (chunked) could only be capped by buffering it
  // (server.ts refuses both first; this holds under `next dev` too)
  const declared = request.headers.get("content-length");
  if (declared === null) throw new AppError("LENGTH_REQUIRED", "Send the file with a Content-Length.");
  if (Number(declared) > BODY_LIMITS.evidence) throw new AppError("TOO_LARGE", `Evidence files are limited to ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB.`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("MALFORMED_INPUT", "Send the file as multipart/form-data in a field named \"file\".");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_ARGUMENT", "Choose a file to upload.");
  return { file: await storeEvidenceFile(db, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, actor) };
});
