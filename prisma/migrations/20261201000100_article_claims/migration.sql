-- CreateTable
CREATE TABLE "article_claims" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "claims" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "article_claims_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

