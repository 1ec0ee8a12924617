-- Sign-in attempts per account and source address in their own table (issue 15, finding 2):
-- better-auth's rate-limit cleanup deletes every rate_limits row older than its 60 s window, and
-- the per-account counters used to live there, so a 15-minute lock ended after about a minute.
-- CreateTable
CREATE TABLE "sign_in_attempts" (
    "email" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" BIGINT NOT NULL,

    PRIMARY KEY ("email", "source")
);

-- CreateIndex
CREATE INDEX "sign_in_attempts_windowStart_idx" ON "sign_in_attempts"("windowStart");

-- The old per-account counters (key "email:…") are no longer read.
DELETE FROM "rate_limits" WHERE "key" LIKE 'email:%';
