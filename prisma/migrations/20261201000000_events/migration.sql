-- CreateTable
CREATE TABLE "article_signatures" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "signature" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "article_signatures_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "reviewerTitle" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'grouper',
    "articleCount" INTEGER NOT NULL DEFAULT 0,
    "firstDay" TEXT,
    "lastDay" TEXT,
    "placeId" TEXT,
    "placeLabel" TEXT,
    "outlets" JSONB NOT NULL DEFAULT [],
    "languages" JSONB NOT NULL DEFAULT [],
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "event_memberships" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "explanation" JSONB NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "event_memberships_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "event_memberships_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event_links" (
    "eventId" TEXT NOT NULL,
    "relatedId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("eventId", "relatedId"),
    CONSTRAINT "event_links_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "event_links_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event_operations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "eventIds" JSONB NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "undoesId" TEXT,
    "undoneById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "event_operation_events" (
    "operationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,

    PRIMARY KEY ("operationId", "eventId"),
    CONSTRAINT "event_operation_events_operationId_fkey" FOREIGN KEY ("operationId") REFERENCES "event_operations" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "events_lastDay_idx" ON "events"("lastDay");

-- CreateIndex
CREATE INDEX "event_memberships_eventId_idx" ON "event_memberships"("eventId");

-- CreateIndex
CREATE INDEX "event_links_relatedId_idx" ON "event_links"("relatedId");

-- CreateIndex
CREATE INDEX "event_operations_createdAt_idx" ON "event_operations"("createdAt");

-- CreateIndex
CREATE INDEX "event_operation_events_eventId_idx" ON "event_operation_events"("eventId");

