-- CreateTable
CREATE TABLE "outlets" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT,
    "ownership" TEXT,
    "aliases" JSONB NOT NULL DEFAULT [],
    "domains" JSONB NOT NULL DEFAULT [],
    "inGazetteer" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contentHash" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "headlineDerived" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "language" TEXT,
    "publishedAt" TEXT,
    "publishedPrecision" TEXT,
    "publishedSort" DATETIME,
    "dateline" TEXT,
    "url" TEXT,
    "outletId" TEXT,
    "outletUnknown" BOOLEAN NOT NULL DEFAULT false,
    "wordCount" INTEGER NOT NULL,
    "metadata" JSONB NOT NULL,
    "citedSources" JSONB NOT NULL DEFAULT [],
    "credits" JSONB NOT NULL DEFAULT [],
    "flags" JSONB NOT NULL DEFAULT [],
    "rawInput" TEXT NOT NULL,
    "rawFormat" TEXT NOT NULL,
    "rawEncoding" TEXT,
    "sourceKind" TEXT NOT NULL,
    "sourceName" TEXT,
    "importRunId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "articles_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "outlets" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "articles_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "import_runs" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "removed_pieces" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT,
    "restored" BOOLEAN NOT NULL DEFAULT false,
    "restoredAt" DATETIME,
    CONSTRAINT "removed_pieces_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "copied_passages" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "removedPosition" INTEGER,
    "sourceArticleId" TEXT NOT NULL,
    "sourceStart" INTEGER NOT NULL,
    "sourceEnd" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "similarity" REAL NOT NULL,
    CONSTRAINT "copied_passages_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "copied_passages_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "text_fingerprints" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" INTEGER NOT NULL,
    "articleId" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    CONSTRAINT "text_fingerprints_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "import_runs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "origin" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "import_items" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "errorCode" TEXT,
    "message" TEXT,
    "articleId" TEXT,
    "duplicateOfId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "import_items_runId_fkey" FOREIGN KEY ("runId") REFERENCES "import_runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "outlets_slug_key" ON "outlets"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "articles_contentHash_key" ON "articles"("contentHash");

-- CreateIndex
CREATE INDEX "articles_outletId_idx" ON "articles"("outletId");

-- CreateIndex
CREATE INDEX "articles_language_idx" ON "articles"("language");

-- CreateIndex
CREATE INDEX "articles_publishedSort_idx" ON "articles"("publishedSort");

-- CreateIndex
CREATE INDEX "removed_pieces_articleId_idx" ON "removed_pieces"("articleId");

-- CreateIndex
CREATE INDEX "copied_passages_articleId_idx" ON "copied_passages"("articleId");

-- CreateIndex
CREATE INDEX "copied_passages_sourceArticleId_idx" ON "copied_passages"("sourceArticleId");

-- CreateIndex
CREATE INDEX "text_fingerprints_hash_idx" ON "text_fingerprints"("hash");

-- CreateIndex
CREATE INDEX "import_items_runId_idx" ON "import_items"("runId");
