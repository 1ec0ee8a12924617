import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// One user journey through ingest: paste a seed, upload an HTML page and a JSONL feed, import a
// URL from a local server, then read the library and the article pages. Every page load also
// checks that no script from an article ever runs (no dialog, no injected global).

const SAMPLES = path.resolve("data/samples");
const FIXTURES = path.resolve("e2e/fixtures");
const SHOTS = path.resolve("e2e/screenshots");

let server: http.Server;
let serverUrl = "";

test.beforeAll(async () => {
  const xinhua = readFileSync(path.join(SAMPLES, "004_f195220d0e5b627c.txt"), "utf8");
  server = http.createServer((request, response) => {
    if (request.url === "/xinhua/syrie-iran.txt") {
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      response.end(xinhua);
    } else {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function guardAgainstScripts(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function importResults(page: Page) {
  const rows = page.getByTestId("import-result");
  await expect(rows.first()).toBeVisible();
  return rows;
}

test("ingest by paste, upload and URL, then browse the library and an article", async ({ page }) => {
  const dialogs = guardAgainstScripts(page);

  // 1. Paste the IRNA-sourced seed (claims.spec.ts, which runs first, may have pasted it already).
  await page.goto("/import");
  await page.getByTestId("paste-text").fill(readFileSync(path.join(SAMPLES, "000_a7392bfecf3fe0bd.txt"), "utf8"));
  await page.getByRole("button", { name: /import pasted text/i }).click();
  let rows = await importResults(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/imported|duplicate/i);

  // 2. A URL served from a local server (PARALLAX_ALLOW_PRIVATE_URLS=1 in the e2e server).
  await page.goto("/import");
  await page.getByTestId("url-input").fill(`${serverUrl}/xinhua/syrie-iran.txt`);
  await page.getByRole("button", { name: /import url/i }).click();
  rows = await importResults(page);
  await expect(rows.first()).toContainText(/imported/i);
  await expect(rows.first()).toContainText(/Xinhua/);

  // 3. Upload an HTML page (reusing a Xinhua paragraph) and a JSONL feed with two bad lines.
  await page.goto("/import");
  await page.getByTestId("file-input").setInputFiles([path.join(FIXTURES, "damas-visite.html"), path.join(FIXTURES, "feed.jsonl")]);
  await page.getByRole("button", { name: /import files/i }).click();
  rows = await importResults(page);
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId("import-result").filter({ hasText: "damas-visite.html" })).toContainText(/imported/i);
  await expect(page.getByTestId("import-result").filter({ hasText: "line 2" })).toContainText(/rejected/i);
  await expect(page.getByTestId("import-result").filter({ hasText: "line 3" })).toContainText(/rejected/i);
  await expect(page.getByTestId("import-result").filter({ hasText: /imported/i })).toHaveCount(3);
  await page.screenshot({ path: path.join(SHOTS, "import-results.png"), fullPage: true });

  // 4. The same paste again is a duplicate, not a new row.
  await page.goto("/import");
  await page.getByTestId("paste-text").fill(readFileSync(path.join(SAMPLES, "000_a7392bfecf3fe0bd.txt"), "utf8"));
  await page.getByRole("button", { name: /import pasted text/i }).click();
  rows = await importResults(page);
  await expect(rows.first()).toContainText(/duplicate/i);

  // 5. The library lists the five articles and searches them.
  await page.goto("/");
  await expect(page.getByTestId("article-row")).toHaveCount(5);
  await page.screenshot({ path: path.join(SHOTS, "library.png"), fullPage: true });
  await page.getByTestId("search-input").fill("Bagheri");
  await page.getByTestId("search-input").press("Enter");
  await expect(page.getByTestId("article-row")).toHaveCount(2);
  await expect(page.locator("mark").first()).toContainText(/Bagheri/i);
  await page.screenshot({ path: path.join(SHOTS, "library-search.png"), fullPage: true });

  // 6. The Xinhua article: removed chrome, outlet evidence, the passage the other outlet copied.
  await page.goto("/");
  await page.getByTestId("article-row").filter({ hasText: "La Syrie et l'Iran entendent renforcer" }).getByRole("link").first().click();
  await expect(page.getByTestId("article-text")).toContainText("DAMAS, 18 octobre (Xinhua)");
  await expect(page.getByTestId("article-text")).not.toContainText("Taille du Texte");
  await expect(page.getByTestId("removed-piece").filter({ hasText: "Taille du Texte" })).toHaveCount(1);
  await expect(page.getByTestId("evidence-outlet")).toContainText(/xinhua/i);
  await expect(page.getByTestId("cited-source").filter({ hasText: "SANA" })).toHaveCount(1);
  const copied = page.getByTestId("copied-passage").first();
  await expect(copied).toContainText("Lors de leur rencontre à Damas");
  await page.screenshot({ path: path.join(SHOTS, "article-xinhua.png"), fullPage: true });

  // 7. Follow the copy to the other outlet's article, which is flagged as an unknown outlet.
  await page.getByRole("link", { name: /Syrie-Iran : les chefs d'état-major/ }).first().click();
  await expect(page.getByTestId("article-text")).toContainText("Nous sommes ici à Damas");
  await expect(page.getByTestId("article-text")).not.toContainText("alert(");
  await expect(page.getByText(/unknown outlet/i).first()).toBeVisible();
  await expect(page.getByTestId("copied-passage").first()).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, "article-html-upload.png"), fullPage: true });

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test("a removed piece can be restored into the text", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("article-row").filter({ hasText: "La Syrie et l'Iran entendent renforcer" }).getByRole("link").first().click();
  const piece = page.getByTestId("removed-piece").filter({ hasText: "RSS" }).first();
  await piece.locator("xpath=ancestor::details[1]").evaluate((details) => details.setAttribute("open", ""));
  await piece.getByRole("button", { name: /restore/i }).click();
  await expect(page.getByTestId("article-text")).toContainText("RSS");
  await expect(page.getByTestId("restored-piece").filter({ hasText: "RSS" })).toHaveCount(1);
  await page.screenshot({ path: path.join(SHOTS, "article-restored-piece.png"), fullPage: true });
});
