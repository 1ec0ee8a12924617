-- Evidence files are stored once per (sha256, uploader), no longer once per sha256: the answer to
-- an upload must never be another user's file id and name (issue 15, finding 16).

-- DropIndex
DROP INDEX "evidence_files_sha256_key";

-- CreateIndex
CREATE UNIQUE INDEX "evidence_files_sha256_uploadedById_key" ON "evidence_files"("sha256", "uploadedById");
