import { attachmentDisposition } from "@/lib/attachment-disposition";
import { getDb } from "@/lib/db/client";
import { getActor } from "@/lib/review/authorize";
import { readEvidenceFile } from "@/lib/review/evidence-files";

// GET /api/evidence/:id – the file, to signed-in users, always as a download of its sniffed type:
// nosniff and a sandbox CSP so that nothing uploaded can run as a page of this site; no-store
// because a shared or disk cache outliving the session would keep evidence a reviewer may not see
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const db = await getDb();
  if (!(await getActor(db, request.headers))) return new Response("Sign in to download evidence.", { status: 401 });
  const file = await readEvidenceFile(db, (await params).id);
  if (!file) return new Response("No such evidence file.", { status: 404 });
  return new Response(Buffer.from(file.content), {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.byteSize),
      "content-disposition": attachmentDisposition(file.fileName, "evidence"),
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "cache-control": "no-store",
      etag: `"${file.sha256}"`,
    },
  });
}
