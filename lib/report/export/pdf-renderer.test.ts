import { execFileSync } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { PdfRenderer } from "./pdf-renderer.ts";
import { launchChromium, printPdf } from "./render-pdf.ts";

// The real Chromium, counted: what the issue measured was one browser per export, unbounded.
const HTML = "<!doctype html><html><body><h1>Rapport</h1><p>Damas, mardi 10 mars.</p></body></html>";

interface Counted {
  renderer: PdfRenderer;
  launches: Browser[];
  /** most print contexts open at once, across every browser */
  peakContexts: () => number;
}

const renderers: PdfRenderer[] = [];
afterEach(async () => {
  for (const renderer of renderers.splice(0)) await renderer.close();
});

function countedRenderer(options: { concurrency: number; maxQueued: number; idleCloseMs?: number }): Counted {
  const launches: Browser[] = [];
  let open = 0;
  let peak = 0;
  const renderer = new PdfRenderer({
    ...options,
    launch: async () => {
      const browser = await launchChromium();
      launches.push(browser);
      return browser;
    },
    print: async (browser, html, footerText) => {
      open++;
      peak = Math.max(peak, open);
      try {
        return await printPdf(browser, html, footerText);
      } finally {
        open--;
      }
    },
  });
  renderers.push(renderer);
  return { renderer, launches, peakContexts: () => peak };
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString("latin1") === "%PDF-";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the render to be refused");
}

describe("PdfRenderer", () => {
  it("prints six concurrent exports with one browser, two at a time", async () => {
    const { renderer, launches, peakContexts } = countedRenderer({ concurrency: 2, maxQueued: 10 });
    const pdfs = await Promise.all(Array.from({ length: 6 }, (_, index) => renderer.render(HTML, { footerText: `report ${index}`, requestedBy: `user-${index}` })));
    expect(pdfs.every(isPdf)).toBe(true);
    expect(launches).toHaveLength(1);
    expect(peakContexts()).toBe(2);
    // the next export reuses the running browser
    expect(isPdf(await renderer.render(HTML, { footerText: "again" }))).toBe(true);
    expect(launches).toHaveLength(1);
  });

  it("lets a user have one PDF in flight: a second one is refused with 429 until the first is done", async () => {
    const { renderer } = countedRenderer({ concurrency: 2, maxQueued: 10 });
    const first = renderer.render(HTML, { footerText: "first", requestedBy: "amira" });
    const second = await refusal(renderer.render(HTML, { footerText: "second", requestedBy: "amira" }));
    expect(second).toMatchObject({ code: "RATE_LIMITED", httpStatus: 429 });
    expect(second.message).toMatch(/previous PDF export is still being printed/);
    // another user is not held back by Amira
    const other = renderer.render(HTML, { footerText: "ben", requestedBy: "ben" });
    expect(isPdf(await first)).toBe(true);
    expect(isPdf(await other)).toBe(true);
    expect(isPdf(await renderer.render(HTML, { footerText: "after", requestedBy: "amira" }))).toBe(true);
  });

  it("refuses with 429 when the queue is full, and serves again once it drains", async () => {
    const { renderer } = countedRenderer({ concurrency: 1, maxQueued: 1 });
    const running = renderer.render(HTML, { footerText: "1", requestedBy: "a" });
    const queued = renderer.render(HTML, { footerText: "2", requestedBy: "b" });
    const refused = await refusal(renderer.render(HTML, { footerText: "3", requestedBy: "c" }));
    expect(refused).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/already printing 2 PDF exports/) });
    expect((await Promise.all([running, queued])).every(isPdf)).toBe(true);
    expect(isPdf(await renderer.render(HTML, { footerText: "4", requestedBy: "c" }))).toBe(true);
  });

  it("launches a new browser when the shared one was killed", async () => {
    const { renderer, launches } = countedRenderer({ concurrency: 2, maxQueued: 10 });
    expect(isPdf(await renderer.render(HTML, { footerText: "before" }))).toBe(true);
    const [browser] = launches;
    const disconnected = new Promise<void>((resolve) => browser!.once("disconnected", () => resolve()));
    // Chromium is a child of this process: kill it the way the OOM killer would
    const children = execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(process.pid)], { encoding: "utf8" })
      .split("\n")
      .filter((line) => /chrom/i.test(line))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(children.length).toBeGreaterThan(0);
    for (const pid of children) process.kill(pid, "SIGKILL");
    await disconnected;
    expect(isPdf(await renderer.render(HTML, { footerText: "after" }))).toBe(true);
    expect(launches).toHaveLength(2);
  });

  it("closes the browser once idle, so nothing keeps a CLI process alive", async () => {
    const { renderer, launches } = countedRenderer({ concurrency: 2, maxQueued: 10, idleCloseMs: 50 });
    expect(isPdf(await renderer.render(HTML, { footerText: "once" }))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(launches[0]!.isConnected()).toBe(false);
    expect(isPdf(await renderer.render(HTML, { footerText: "later" }))).toBe(true);
    expect(launches).toHaveLength(2);
  });
});
