-- Imports as background jobs (docs/decisions/015-background-jobs.md): run progress, chunks of
-- inputs, the job queue, and the event-grouping generation.
-- DropIndex
DROP INDEX "import_items_runId_idx";

-- AlterTable
ALTER TABLE "import_items" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "import_runs" ADD COLUMN     "chunkCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "chunksDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "createdBy" TEXT,
ADD COLUMN     "error" TEXT,
ADD COLUMN     "grouping" JSONB,
ADD COLUMN     "label" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "options" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "settled" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'done',
ADD COLUMN     "total" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "import_chunks" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "firstItem" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "inputs" JSONB NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "import_chunks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" TEXT NOT NULL,
    "queue" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "scope" TEXT,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "dedupeKey" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shared_counters" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "shared_counters_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "import_chunks_runId_seq_key" ON "import_chunks"("runId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_dedupeKey_key" ON "jobs"("dedupeKey");

-- CreateIndex
CREATE INDEX "jobs_queue_state_runAfter_idx" ON "jobs"("queue", "state", "runAfter");

-- CreateIndex
CREATE INDEX "jobs_scope_idx" ON "jobs"("scope");

-- positions for the items of earlier runs, and the state of runs from before jobs
UPDATE "import_items" AS i SET "position" = n.position
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "runId" ORDER BY "createdAt", "id") - 1 AS position FROM "import_items") AS n
WHERE n."id" = i."id";
UPDATE "import_runs" SET "status" = CASE WHEN "finishedAt" IS NULL THEN 'failed' ELSE 'done' END,
  "total" = "imported" + "duplicates" + "rejected", "settled" = "imported" + "duplicates" + "rejected";

-- CreateIndex
CREATE UNIQUE INDEX "import_items_runId_position_key" ON "import_items"("runId", "position");

-- CreateIndex
CREATE INDEX "import_runs_startedAt_idx" ON "import_runs"("startedAt");

-- AddForeignKey
ALTER TABLE "import_chunks" ADD CONSTRAINT "import_chunks_runId_fkey" FOREIGN KEY ("runId") REFERENCES "import_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;


INSERT INTO "shared_counters" ("name", "value") VALUES ('event-grouping', 0);
