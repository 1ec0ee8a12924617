import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, E2E_DB, signIn } from "./support/accounts";
import { sampleEventId } from "./support/sample-event";

// Reviewer-written text is untrusted too: notes are pasted from anywhere. Verdict notes, evidence
// quotes and outlet notes carrying the usual vectors must render as inert text: no dialog opens,
// no script runs, no javascript: link or event-handler attribute reaches the page.

const VECTORS = [
  `<script>window.__xss = "script"; alert("script")</script>`,
  `<img src=x onerror="window.__xss = 'img'; alert('img')">`,
  `<svg onload="window.__xss = 'svg'; alert('svg')"><script>alert("svg-script")</script></svg>`,
  `[click me](javascript:window.__xss='md-link';alert('md-link'))`,
  `<a href="javascript:alert('raw-link')">raw link</a>`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `![pixel](https://tracker.example/pixel.png)`,
].join("\n\n");

function watchForScripts(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  const hostile = await page.evaluate(() => ({
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], iframe[src^="javascript:" i]').length,
    handlers: document.querySelectorAll("main [onerror], main [onload], main [onclick]").length,
    foreignImages: document.querySelectorAll('img[src^="http"]').length,
    svgs: document.querySelectorAll("main .safe-markdown svg").length,
  }));
  expect(hostile).toEqual({ javascriptLinks: 0, handlers: 0, foreignImages: 0, svgs: 0 });
}

test("verdict notes, evidence and outlet notes with script vectors render inert", async ({ page, baseURL }) => {
  const dialogs = watchForScripts(page);
  await signIn(page, ACCOUNTS.reviewer);
  const eventId = await sampleEventId(page);
  const origin = { origin: baseURL! };

  // a javascript: URL never becomes evidence; an SVG never becomes a file
  const badUrl = await page.request.post("/api/verdicts", {
    headers: origin,
    data: { eventId, rowId: "place", rating: "true", summary: "x", evidence: [{ kind: "url", url: "javascript:alert(1)" }], expectedVersion: null },
  });
  expect(badUrl.status()).toBe(422);
  const svg = await page.request.post("/api/evidence", {
    headers: origin,
    multipart: { file: { name: "chart.svg", mimeType: "image/svg+xml", buffer: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`) } },
  });
  expect(svg.status()).toBe(415);

  const saved = await page.request.post("/api/verdicts", {
    headers: origin,
    data: {
      eventId,
      rowId: "place",
      rating: "true",
      summary: `<img src=x onerror="alert('summary')"> Damascus`,
      notes: VECTORS,
      evidence: [
        { kind: "quote", quote: `<script>alert("quote")</script><img src=x onerror=alert("quote-img")>`, note: `<svg onload=alert("note")>` },
        { kind: "url", url: "https://example.org/?q=<script>alert(1)</script>", quote: `"><img src=x onerror=alert("url-quote")>` },
      ],
      expectedVersion: null,
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  await page.goto(`/events/${eventId}/claims/place`);
  await expect(page.getByTestId("verdict-notes")).toContainText("raw link");
  await expect(page.getByTestId("verdict-notes")).toContainText(`<script>window.__xss = "script"`);
  await expect(page.getByTestId("verdict-notes").getByText("click me")).toBeVisible();
  await expect(page.getByTestId("evidence-item").first()).toContainText(`<script>alert("quote")</script>`);
  await expectInert(page, dialogs);
  await page.screenshot({ path: "e2e/screenshots/review-06-xss-inert.png", fullPage: true });

  // an outlet note with the same payload, on the outlet page
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const outlet = db.prepare("SELECT id, slug FROM outlets WHERE slug = 'press-tv'").get() as { id: string; slug: string } | undefined;
  db.close();
  expect(outlet).toBeDefined();
  const note = await page.request.post(`/api/outlets/${outlet!.id}/notes`, { headers: origin, data: { noteId: null, body: VECTORS, expectedVersion: null } });
  expect(note.status(), await note.text()).toBe(200);
  const grade = await page.request.post(`/api/outlets/${outlet!.id}/grades`, {
    headers: origin,
    data: { criterion: "sourcing", grade: 2, reason: `<script>alert("reason")</script> [x](javascript:alert('reason-link'))`, expectedVersion: null },
  });
  expect(grade.status(), await grade.text()).toBe(200);
  await page.goto(`/outlets/${outlet!.slug}`);
  await expect(page.locator("main")).toContainText("raw link");
  await expectInert(page, dialogs);
  await page.screenshot({ path: "e2e/screenshots/review-07-outlet-xss-inert.png", fullPage: true });
});
