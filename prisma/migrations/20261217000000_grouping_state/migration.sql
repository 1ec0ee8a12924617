-- The event grouper's state, so an import loads only the candidate events its new articles need
-- instead of replaying every stored article (issue 16, lib/events/stored-grouping-state.ts).
-- CreateTable
CREATE TABLE "grouping_state" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fingerprint" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "documents" INTEGER NOT NULL,
    "nextFeatureId" INTEGER NOT NULL,
    "nextSequence" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "grouping_features" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "documents" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "grouping_articles" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "sequence" INTEGER NOT NULL,
    "features" JSONB NOT NULL,
    "firstDay" INTEGER,
    "lastDay" INTEGER,
    CONSTRAINT "grouping_articles_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "grouping_postings" (
    "featureId" INTEGER NOT NULL,
    "week" INTEGER NOT NULL,
    "eventId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,

    PRIMARY KEY ("featureId", "week", "eventId")
);

-- CreateTable
CREATE TABLE "grouping_events" (
    "eventId" TEXT NOT NULL PRIMARY KEY,
    "firstDay" INTEGER,
    "lastDay" INTEGER,
    "undated" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "grouping_features_name_key" ON "grouping_features"("name");

-- CreateIndex
CREATE UNIQUE INDEX "grouping_articles_sequence_key" ON "grouping_articles"("sequence");

-- CreateIndex
CREATE INDEX "grouping_postings_eventId_idx" ON "grouping_postings"("eventId");

