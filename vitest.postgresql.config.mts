import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

// The database-level tests, a second time on PostgreSQL (scripts/test.sh starts the server with
// scripts/start-postgres.sh): each test file gets databases copied from one migrated template.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "lib/db/article-queries.test.ts",
      "lib/db/present-analysis.test.ts",
      "lib/db/present-article.test.ts",
      "lib/db/search.test.ts",
      "lib/ingest/import-inputs.test.ts",
      "lib/ingest/store-article.test.ts",
      "lib/ingest/copies/store-copies.test.ts",
      "lib/events/group-articles.test.ts",
      "lib/events/stored-grouping.test.ts",
      "lib/events/operations/event-operations.test.ts",
      "lib/review/save-verdict.test.ts",
      "lib/review/outlet-review.test.ts",
      "lib/review/outlet-queries.test.ts",
      "lib/review/auth.test.ts",
      "lib/review/sign-in-limit.test.ts",
      "lib/review/mutations.test.ts",
      "lib/review/evidence-files.test.ts",
      "lib/review/first-admin.test.ts",
      "lib/review/users.test.ts",
      "lib/report/outlets/summarize-outlet.test.ts",
      "lib/claims/align/compare-event.test.ts",
      "lib/jobs/queue.test.ts",
      "lib/events/grouping-generation.test.ts",
      "lib/jobs/import-job.test.ts",
      "lib/jobs/import-responsiveness.test.ts",
    ],
    // read by tests/global-setup.ts (through the project's config) and tests/setup/test-db.ts
    env: { ...base.test?.env, PARALLAX_TEST_DB: "postgresql" },
  },
});
