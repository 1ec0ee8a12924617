-- Imports as background jobs (docs/decisions/015-background-jobs.md): run progress, chunks of
-- inputs, the job queue, and the event-grouping generation.
-- CreateTable
CREATE TABLE "import_chunks" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "firstItem" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "inputs" JSONB NOT NULL,
    "doneAt" DATETIME,
    CONSTRAINT "import_chunks_runId_fkey" FOREIGN KEY ("runId") REFERENCES "import_runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "queue" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "scope" TEXT,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "dedupeKey" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "runAfter" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "shared_counters" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_import_runs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "origin" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'done',
    "total" INTEGER NOT NULL DEFAULT 0,
    "settled" INTEGER NOT NULL DEFAULT 0,
    "chunkCount" INTEGER NOT NULL DEFAULT 0,
    "chunksDone" INTEGER NOT NULL DEFAULT 0,
    "options" JSONB NOT NULL DEFAULT '{}',
    "grouping" JSONB,
    "error" TEXT,
    "createdBy" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0
);
-- runs from before jobs finished in the request that started them
INSERT INTO "new_import_runs" ("duplicates", "finishedAt", "id", "imported", "origin", "rejected", "startedAt", "status", "total", "settled", "updatedAt")
SELECT "duplicates", "finishedAt", "id", "imported", "origin", "rejected", "startedAt",
       CASE WHEN "finishedAt" IS NULL THEN 'failed' ELSE 'done' END,
       "imported" + "duplicates" + "rejected", "imported" + "duplicates" + "rejected", COALESCE("finishedAt", "startedAt")
FROM "import_runs";
DROP TABLE "import_runs";
ALTER TABLE "new_import_runs" RENAME TO "import_runs";
CREATE INDEX "import_runs_startedAt_idx" ON "import_runs"("startedAt");
CREATE TABLE "new_import_items" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "label" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "errorCode" TEXT,
    "message" TEXT,
    "articleId" TEXT,
    "duplicateOfId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "import_items_runId_fkey" FOREIGN KEY ("runId") REFERENCES "import_runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- positions for the items of earlier runs, in the order they were written
INSERT INTO "new_import_items" ("articleId", "createdAt", "duplicateOfId", "errorCode", "id", "label", "message", "runId", "status", "position")
SELECT "articleId", "createdAt", "duplicateOfId", "errorCode", "id", "label", "message", "runId", "status",
       ROW_NUMBER() OVER (PARTITION BY "runId" ORDER BY "createdAt", "rowid") - 1
FROM "import_items";
DROP TABLE "import_items";
ALTER TABLE "new_import_items" RENAME TO "import_items";
CREATE UNIQUE INDEX "import_items_runId_position_key" ON "import_items"("runId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "import_chunks_runId_seq_key" ON "import_chunks"("runId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_dedupeKey_key" ON "jobs"("dedupeKey");

-- CreateIndex
CREATE INDEX "jobs_queue_state_runAfter_idx" ON "jobs"("queue", "state", "runAfter");

-- CreateIndex
CREATE INDEX "jobs_scope_idx" ON "jobs"("scope");

INSERT INTO "shared_counters" ("name", "value") VALUES ('event-grouping', 0);
