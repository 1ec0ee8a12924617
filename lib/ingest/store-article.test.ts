import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { applyConnectionPragmas, createDb, type Db } from "../db/client.ts";
import { REPO_ROOT } from "../db/migrate.ts";
import { ingestArticle } from "./ingest-article.ts";
import { OutletRecords } from "./outlet-records.ts";
import { loadGazetteer } from "./outlets/gazetteer.ts";
import { storeArticles } from "./store-article.ts";

// Two processes importing the same text at the same moment (the web app and the CLI on one
// file): both find no stored copy, one commits first, the other must report a duplicate of it.

let test: TestDb;
let second: Db;

beforeAll(async () => {
  test = await createTestDb();
  second = createDb(test.url);
  await applyConnectionPragmas(second);
});

afterAll(async () => {
  await second.$disconnect();
  await test.cleanup();
});

it("a concurrent import of the same content ends as one article and one duplicate", async () => {
  const gazetteer = loadGazetteer();
  const text = readFileSync(path.join(REPO_ROOT, "data", "samples", "004_f195220d0e5b627c.txt"), "utf8");
  const article = ingestArticle({ input: { sourceKind: "file", label: "004.txt", text, format: "text" }, gazetteer });
  const [first, other] = await Promise.all([
    storeArticles(test.db, [article], { outlets: new OutletRecords(gazetteer) }),
    storeArticles(second, [article], { outlets: new OutletRecords(gazetteer) }),
  ]);
  const statuses = [first[0]?.status, other[0]?.status].sort();
  expect(statuses).toEqual(["duplicate", "imported"]);
  const imported = [first[0], other[0]].find((result) => result?.status === "imported");
  const duplicate = [first[0], other[0]].find((result) => result?.status === "duplicate");
  expect(duplicate && "duplicateOfId" in duplicate ? duplicate.duplicateOfId : null).toBe(imported && "articleId" in imported ? imported.articleId : undefined);
  expect(await test.db.article.count()).toBe(1);
});
