-- CreateTable
CREATE TABLE "outlet_event_stats" (
    "eventId" TEXT NOT NULL,
    "outletId" TEXT NOT NULL,
    "memberKey" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "columns" INTEGER NOT NULL,
    "reportedRows" INTEGER NOT NULL,
    "sharedRows" INTEGER NOT NULL,
    "agreeCells" INTEGER NOT NULL,
    "partialCells" INTEGER NOT NULL,
    "conflictCells" INTEGER NOT NULL,
    "othersRows" INTEGER NOT NULL,
    "omittedRows" INTEGER NOT NULL,
    "rowIds" JSONB NOT NULL DEFAULT [],
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("eventId", "outletId"),
    CONSTRAINT "outlet_event_stats_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "outlet_event_stats_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "outlets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "outlet_event_stats_outletId_idx" ON "outlet_event_stats"("outletId");

