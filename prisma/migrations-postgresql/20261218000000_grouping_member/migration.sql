-- Each admitted article's member as the grouper compares it (feature numbers and weights), so an
-- import reads its candidates' latest members without parsing their whole signatures
-- (lib/events/stored-grouping-member.ts). Null in rows of the previous state format, which the
-- next import rebuilds (grouping-state.ts, STATE_FORMAT 2).
-- AlterTable
ALTER TABLE "grouping_articles" ADD COLUMN "member" TEXT;
